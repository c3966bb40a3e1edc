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
    private final CurrentIdentityAssociation identities;

    public SentKeys(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /**
     * Whether a request with this {@code Authorization} value sends a key: the one test of "anonymous" for code that
     * must not ask for the identity (on the IO thread it would block), so that a second way of sending a key changes
     * here only.
     */
    public static boolean sendsKey(String authorization) {
        return authorization != null;
    }

    /**
     * A refusal fails the request with the authentication failure, which the problem mappers word. Null, not an
     * empty Uni, when no key is sent: RESTEasy then goes on at once, where a Uni would suspend and resume the request.
     */
    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = Priorities.AUTHENTICATION)
    public Uni<Void> authenticate(ContainerRequestContext request) {
        if (!sendsKey(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return null;
        }
        return identities.getDeferredIdentity().replaceWithVoid();
    }
}
