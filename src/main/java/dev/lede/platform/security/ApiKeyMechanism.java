package dev.lede.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <key>} (the scheme name in any case) and asks the identity providers who holds
 * the key. Authentication is lazy: it runs when something asks who is calling, which on the API is every request that
 * sends a key ({@link SentKeys}) and every operation that declares who may call it; paths outside the API never ask. Without the header the caller is anonymous, decided with no allocation, blocking or
 * database work: most requests are anonymous GETs that the response cache answers next. Another scheme, or a key no
 * provider knows, fails authentication: a key that is sent must be valid, so a typo never silently hides drafts.
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {
    private static final String BEARER = "bearer ";
    private static final Uni<SecurityIdentity> ANONYMOUS = Uni.createFrom().nullItem();
    private static final Uni<ChallengeData> CHALLENGE = Uni.createFrom().item(
            new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"lede\""));
    private static final Uni<HttpCredentialTransport> TRANSPORT = Uni.createFrom().item(
            new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (!SentKeys.sendsKey(header)) {
            return ANONYMOUS;
        }
        String key = presentedKey(header);
        if (key == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException(Refusals.BAD_SCHEME));
        }
        ApiKeyRequest request = new ApiKeyRequest(key);
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    /** The key an {@code Authorization} value presents, or null when it is not {@code Bearer <key>}. */
    static String presentedKey(String header) {
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).trim();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return CHALLENGE;
    }

    /**
     * Writes nothing: the problem mappers answer every refusal, challenge included (one WWW-Authenticate on a 401, none
     * on a 403). True tells Quarkus the challenge is taken care of, so it hands the failure on to them.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return Uni.createFrom().item(Boolean.TRUE);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return TRANSPORT;
    }
}
