package dev.lede.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;

/**
 * Who holds a presented key: the configured admin key is an identity named {@code admin} holding every scope, checked
 * first so it never waits for a query; any other key is looked up among the stored keys ({@link StoredKeyLookup});
 * one that is unknown there, or with no store at all, fails authentication. One provider rather than two: the order
 * in which Quarkus asks several providers of one request type is not something to rely on.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {
    /** The same for every request: nothing in it depends on the request. */
    static final SecurityIdentity ADMIN = KeyIdentities.of(KeyIdentities.ADMIN_NAME, List.of(Roles.ADMIN), Entitlements.ALL);
    private final ApiKeys keys;
    private final Instance<StoredKeyLookup> stored;

    public ApiKeyIdentityProvider(ApiKeys keys, Instance<StoredKeyLookup> stored) {
        this.keys = keys;
        this.stored = stored;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    /** The admin key: a digest and a constant-time comparison, microseconds, answered on the calling thread. */
    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        if (keys.isAdmin(request.key())) {
            return Uni.createFrom().item(ADMIN);
        }
        return stored.isResolvable() ? stored.get().identify(request.key(), context)
                : Uni.createFrom().failure(Refusals.keyNotValid());
    }
}
