package dev.lede.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates a key as soon as one is sent, before the request is matched to an operation: a key that is not valid
 * is a 401 even on a read or where no operation is, never a silent anonymous read. Authentication is otherwise lazy
 * (application.properties): a request without a key, most of them anonymous reads the response cache answers, costs
 * the security layer nothing; an operation that declares {@code @RolesAllowed} asks for the identity itself.
 */
public class SentKeys {
    /** The request property saying that the authenticated key is shown what anonymous readers are (a Boolean). */
    private static final String SHARES_PUBLIC_VIEWS = SentKeys.class.getName() + ".sharesPublicViews";
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
     * A refusal fails the request with the authentication failure, which the problem mappers word. Null, not a Uni,
     * whenever the request may go on at once: RESTEasy suspends and resumes a request for a Uni. That is the case
     * when no key is sent, and when the key is accepted as soon as it is asked for, which the admin key always is (a
     * digest and a comparison): only an identity provider that has to wait (a key looked up in the database) makes
     * the request wait for it. The identity is computed once per request, so asking again costs nothing.
     */
    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = Priorities.AUTHENTICATION)
    public Uni<Void> authenticate(ContainerRequestContext request) {
        if (!sendsKey(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return null;
        }
        Uni<SecurityIdentity> identity = identities.getDeferredIdentity();
        AtomicReference<Object> outcome = new AtomicReference<>();
        identity.subscribe().with(outcome::set, outcome::set);
        Object known = outcome.get();
        if (known instanceof SecurityIdentity caller) {
            remember(request, caller);
            return null;
        }
        return known instanceof Throwable refused ? Uni.createFrom().failure(refused)
                : identity.invoke(caller -> remember(request, caller)).replaceWithVoid();
    }

    private static void remember(ContainerRequestContext request, SecurityIdentity caller) {
        request.setProperty(SHARES_PUBLIC_VIEWS, KeyIdentities.sharesPublicViews(caller));
    }

    /**
     * Whether this request's caller is shown what an anonymous reader is ({@link KeyIdentities#sharesPublicViews}),
     * answered on the IO thread without asking for the identity: true without a key; with one, what was decided when
     * it was authenticated, before routing (false if it was not, which never happens to a request that reaches a filter).
     */
    public static boolean sharesPublicViews(ContainerRequestContext request) {
        return !sendsKey(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                || Boolean.TRUE.equals(request.getProperty(SHARES_PUBLIC_VIEWS));
    }
}
