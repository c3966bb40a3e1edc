package dev.lede.platform.security;

import dev.lede.platform.failure.Failure;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * What a refused caller is told, decided here only (the HTTP layer turns each into its problem body). 401 when a key
 * could help: none was sent, or what was sent is not a valid key. 403 when none could: a write on a server that has no
 * admin key, or a valid key that does not allow the operation (a key without the scope the operation names).
 */
@ApplicationScoped
public class Refusals {
    /** Failures without a stack trace or mutable state, so one instance of each serves every request. */
    static final Failure BAD_SCHEME = Failure.unauthenticated("use 'Authorization: Bearer <key>'");
    static final Failure INVALID_KEY = Failure.unauthenticated("the API key is not valid");
    static final Failure NOT_ALLOWED = Failure.forbidden("this API key does not allow this operation");
    private static final Failure KEY_NEEDED_TO_WRITE =
            Failure.unauthenticated("writes need an API key: send 'Authorization: Bearer <key>'");
    private static final Failure WRITES_DISABLED =
            Failure.forbidden("writes are disabled: this server has no admin key configured (LEDE_ADMIN_KEY)");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ApiKeys keys;

    public Refusals(ApiKeys keys) {
        this.keys = keys;
    }

    /** Authentication failed for {@code reason} (one of the failures above, as the failure's cause). */
    public Failure authenticationFailed(Throwable reason, String httpMethod) {
        if (reason == INVALID_KEY && WRITES.contains(httpMethod) && !keys.writesEnabled()) {
            return WRITES_DISABLED; // no key could make this write succeed
        }
        return reason instanceof Failure failure ? failure : INVALID_KEY;
    }

    /** An anonymous caller was denied {@code operation} (null should a refusal come from outside an operation). */
    public Failure anonymousDenied(String httpMethod, Method operation) {
        if (WRITES.contains(httpMethod)) {
            return keys.writesEnabled() ? KEY_NEEDED_TO_WRITE : WRITES_DISABLED;
        }
        KeyRequiredTo what = operation == null ? null : operation.getAnnotation(KeyRequiredTo.class);
        return Failure.unauthenticated("an API key is required to " + (what == null ? "call this operation" : what.value()));
    }

    /** What an identity provider fails with for a key that is not valid (or no longer: revoked). */
    public static AuthenticationFailedException keyNotValid() {
        return new AuthenticationFailedException(INVALID_KEY);
    }

    /** A valid key was denied an operation. */
    public Failure notAllowed() {
        return NOT_ALLOWED;
    }
}
