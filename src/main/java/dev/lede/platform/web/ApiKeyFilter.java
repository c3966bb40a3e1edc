package dev.lede.platform.web;

import dev.lede.platform.failure.Failure;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>}. Writes need the admin key; reads are public, but a key
 * that is sent must be valid (a typo should not silently hide drafts). The key itself is never logged.
 */
public class ApiKeyFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String BEARER = "bearer ";

    private final ApiKeys keys;
    private final Caller caller;

    public ApiKeyFilter(ApiKeys keys, Caller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION, nonBlocking = true)
    public void authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/v1/")) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean write = WRITES.contains(request.getMethod());
        if (header == null) {
            if (write) {
                throw refusal();
            }
            return;
        }
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw Failure.unauthenticated("use 'Authorization: Bearer <key>'");
        }
        if (!keys.isAdmin(header.substring(BEARER.length()).trim())) {
            throw write && !keys.writesEnabled() ? refusal() : Failure.unauthenticated("the API key is not valid");
        }
        caller.grantAdmin();
    }

    private Failure refusal() {
        if (!keys.writesEnabled()) {
            return Failure.forbidden("writes are disabled: this server has no admin key configured (LEDE_ADMIN_KEY)");
        }
        return Failure.unauthenticated("writes need an API key: send 'Authorization: Bearer <key>'");
    }
}
