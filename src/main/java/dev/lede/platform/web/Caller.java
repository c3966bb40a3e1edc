package dev.lede.platform.web;

import dev.lede.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who is calling, as Quarkus security established it from the request's key (platform/security): a read-only view for
 * code that adapts what it shows to the caller (drafts, cache headers). Who may call an operation is not checked here
 * but declared: the write policy in application.properties, {@code @RolesAllowed} on operations.
 */
@ApplicationScoped
public class Caller {
    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** True when the request carried a valid key that may write and read drafts. */
    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
