package dev.lede.platform.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Whether the caller of the current request holds a scope, for a service whose outcome depends on it beyond the
 * operation's own {@code @RolesAllowed} (a catalog merge that would move admin-only key entitlements, a refused
 * delete that would list keys). Outside a request, or anonymous, the caller holds nothing: the fail-safe answer.
 */
@ApplicationScoped
public class CurrentScopes {
    private final Instance<SecurityIdentity> identity;

    public CurrentScopes(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    /** Whether the caller holds {@code scope} (an admin holds every scope: {@link Roles#implied}). */
    public boolean holds(String scope) {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        SecurityIdentity caller = identity.get();
        return caller != null && !caller.isAnonymous() && caller.hasRole(scope);
    }

    /** Whether the caller is an admin. */
    public boolean isAdmin() {
        return holds(Roles.ADMIN);
    }
}
