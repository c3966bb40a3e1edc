package dev.lede.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who holds a presented key: the admin key's holder gets the admin role; any other key fails authentication. Scoped
 * keys (stored hashed in the database) will be a second provider of the same request type, returning an identity with
 * the key's scopes as permissions; features and policies will not change.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {
    /** The same for every request: nothing in it depends on the request. */
    private final SecurityIdentity admin = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("admin-key")).addRole(Roles.ADMIN).build();
    private final ApiKeys keys;

    public ApiKeyIdentityProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    /** A digest and a constant-time comparison take microseconds: answered on the calling thread, never blocking. */
    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        if (keys.isAdmin(request.key())) {
            return Uni.createFrom().item(admin);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException(Refusals.INVALID_KEY));
    }
}
