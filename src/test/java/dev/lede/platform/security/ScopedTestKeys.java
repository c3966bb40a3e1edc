package dev.lede.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.UUID;

/**
 * Tests only, and only in a profile that enables it: scoped keys made up on the spot, as the database-backed keys
 * will be, so that a test owns its key and the key's bucket. A key {@code scoped-test.<scope>+<scope>.<id>} is an
 * identity named {@code scoped-test-<id>} holding those scopes as roles; other keys go to the real provider (an
 * enabled alternative hides it from Quarkus security).
 */
@Alternative
@ApplicationScoped
public class ScopedTestKeys implements IdentityProvider<ApiKeyRequest> {
    private static final String PREFIX = "scoped-test.";

    private final ApiKeyIdentityProvider configured;

    public ScopedTestKeys(ApiKeys keys) {
        this.configured = new ApiKeyIdentityProvider(keys);
    }

    /** A fresh key holding these scopes. */
    public static String key(String... scopes) {
        return PREFIX + String.join("+", scopes) + "." + UUID.randomUUID();
    }

    /** The principal's name of a key made by {@link #key}. */
    public static String holder(String key) {
        return "scoped-test-" + key.substring(key.lastIndexOf('.') + 1);
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        String key = request.key();
        if (!key.startsWith(PREFIX) || key.indexOf('.', PREFIX.length()) < 0) {
            return configured.authenticate(request, context);
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(holder(key)));
        for (String scope : key.substring(PREFIX.length(), key.lastIndexOf('.')).split("\\+")) {
            identity.addRole(scope);
        }
        return Uni.createFrom().item(identity.build());
    }
}
