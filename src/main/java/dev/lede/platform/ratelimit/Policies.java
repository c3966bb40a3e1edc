package dev.lede.platform.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Which policy a caller is counted under: "anon" per client address, or the most generous of a key's scopes. */
@Singleton
public class Policies {
    static final String ANONYMOUS = "anon";
    /** The name of the policy of a key that holds no scope with a configured limit. */
    static final String OTHER_KEYS = "key";

    private final Policy anonymous;
    private final Policy otherKeys;
    /** By role name (a scope such as {@code content:read}). */
    private final Map<String, Policy> byScope = new HashMap<>();

    public Policies(RateLimitConfig config) {
        anonymous = Policy.of(ANONYMOUS, config.anonymous(), config.window());
        otherKeys = Policy.of(OTHER_KEYS, config.otherKeys(), config.window());
        // Configuration keys cannot hold ':' comfortably (properties files, environment variables): content-read.
        config.scopes().forEach((key, quota) -> {
            String scope = key.replaceFirst("^content-", "content:");
            byScope.put(scope, Policy.of(scope, quota, config.window()));
        });
    }

    Policy anonymous() {
        return anonymous;
    }

    /** The most generous policy among the identity's roles; ties go to the first name in alphabetical order. */
    Policy of(SecurityIdentity identity) {
        Policy best = null;
        for (String role : identity.getRoles()) {
            Policy policy = byScope.get(role);
            if (policy != null && (best == null || policy.quota() > best.quota()
                    || policy.quota() == best.quota() && policy.name().compareTo(best.name()) < 0)) {
                best = policy;
            }
        }
        return best != null ? best : otherKeys;
    }
}
