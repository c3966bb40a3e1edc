package dev.lede.platform.web;

import dev.lede.platform.security.Entitlements;
import dev.lede.platform.security.KeyIdentities;
import dev.lede.platform.security.Roles;
import dev.lede.platform.security.SentKeys;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Who is calling, as Quarkus security established it from the request's key (platform/security): a read-only view for
 * code that adapts what it shows to the caller (drafts, the embargo preview, cache headers), asked in the words of
 * what it decides. Who may call an operation is not checked here but declared on it ({@code @RolesAllowed}).
 *
 * <p>A request without a key is anonymous (ApiKeyMechanism decides no differently) and is answered without a look at
 * the identity: most requests are such reads, and the identity is a request-scoped lookup; one with a key was
 * authenticated before routing, and refused there if the key is not valid.
 */
@ApplicationScoped
public class Caller {
    @Inject SecurityIdentity identity;
    @Inject HttpHeaders headers;

    /** Whether the caller reads what is not public: drafts, embargoed, withdrawn and killed articles, every change event. */
    public boolean seesUnpublished() {
        return holds(Roles.CONTENT_READ);
    }

    /** Whether the caller is a syndication partner: it may preview an embargoed article by its id or slug. */
    public boolean isPartner() {
        return holds(Roles.PARTNER);
    }

    /** Whether the caller is shown exactly what an anonymous reader is, so shared (cached) responses serve it. */
    public boolean sharesPublicViews() {
        return !keyed() || KeyIdentities.sharesPublicViews(identity);
    }

    /** What the caller's key is entitled to read; {@link Entitlements#ALL} without a key. */
    public Entitlements entitlements() {
        return keyed() ? Entitlements.of(identity) : Entitlements.ALL;
    }

    private boolean holds(String scope) {
        return keyed() && identity.hasRole(scope);
    }

    private boolean keyed() {
        return SentKeys.sendsKey(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
}
