package dev.lede.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Collection;

/**
 * The identity of a key's holder, built in one place for the admin key and stored keys alike: the principal is the
 * key's name (what revisions and the change log record as who wrote), the roles its scopes with what they imply
 * ({@link Roles#implied}), and its {@link Entitlements} an attribute.
 */
public final class KeyIdentities {
    /** The admin key's name: it holds {@code admin}, so every scope, and is entitled to everything. */
    public static final String ADMIN_NAME = "admin";

    private KeyIdentities() {
    }

    public static SecurityIdentity of(String name, Collection<String> scopes, Entitlements entitlements) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name))
                .addRoles(Roles.implied(scopes)).addAttribute(Entitlements.ATTRIBUTE, entitlements).build();
    }

    /**
     * Whether this identity is shown exactly what an anonymous reader is, so that the shared response cache may answer
     * it and keep what is computed for it: anonymous, or a key that sees no unpublished content and is entitled to
     * everything (a key with entitlements will see less than the public, so never shares).
     */
    public static boolean sharesPublicViews(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous()
                || !identity.hasRole(Roles.CONTENT_READ) && Entitlements.of(identity).unrestricted();
    }
}
