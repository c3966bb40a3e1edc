package dev.lede.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates a key as soon as one is sent, before the request is matched to an operation: a key that is not valid
 * is a 401 even on a read or where no operation is, never a silent anonymous read. Authentication is otherwise lazy
 * (application.properties): a request without a key, most of them anonymous reads the response cache answers, costs
 * the security layer nothing; an operation that declares {@code @RolesAllowed} asks for the identity itself.
 */
public class SentKeys {
    private static final Uni<Void> PROCEED = Uni.createFrom().voidItem();
    private final CurrentIdentityAssociation identities;

    public SentKeys(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** A refusal fails the request with the authentication failure, which the problem mappers word. */
    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = Priorities.AUTHENTICATION)
    public Uni<Void> authenticate(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return PROCEED;
        }
        return identities.getDeferredIdentity().replaceWithVoid();
    }
}
