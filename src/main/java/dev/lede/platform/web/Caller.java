package dev.lede.platform.web;

import dev.lede.platform.security.Roles;
import dev.lede.platform.security.SentKeys;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Who is calling, as Quarkus security established it from the request's key (platform/security): a read-only view for
 * code that adapts what it shows to the caller (drafts, cache headers). Who may call an operation is not checked here
 * but declared on it ({@code @RolesAllowed}).
 */
@ApplicationScoped
public class Caller {
    @Inject SecurityIdentity identity;
    @Inject HttpHeaders headers;

    /**
     * True when the request carried a valid key that may write and read drafts. A request without a key is anonymous
     * (ApiKeyMechanism decides no differently) and is answered without a look at the identity: most requests are such
     * reads, and the identity is a request-scoped lookup; one with a key was authenticated before routing, and refused
     * there if the key is not valid.
     */
    public boolean isAdmin() {
        return SentKeys.sendsKey(headers.getHeaderString(HttpHeaders.AUTHORIZATION)) && identity.hasRole(Roles.ADMIN);
    }
}
