package dev.lede.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Who holds a sent key, when that is known without waiting: the admin key (a digest and a comparison), or a stored key
 * verified within the last second ({@link StoredKeyLookup#recent}). For the filters that run as a request arrives,
 * before Quarkus security: the rate limiter counts such a key's request at once, and {@code cache/EarlyHits} answers a
 * cached read for a key shown what anonymous readers are ({@link KeyIdentities#sharesPublicViews}), so a partner's
 * traffic costs what public traffic costs. Null for anything else (an unknown, revoked or not recently seen key, another
 * scheme): the request then goes through Quarkus security as before, which accepts or refuses it. The answer is never
 * more lenient than Quarkus security's: a revocation this node committed is refused here at once, as there.
 */
@ApplicationScoped
public class RecentKeys {
    private final ApiKeys keys;
    private final Instance<StoredKeyLookup> stored;

    public RecentKeys(ApiKeys keys, Instance<StoredKeyLookup> stored) {
        this.keys = keys;
        this.stored = stored;
    }

    /** The identity of the key this {@code Authorization} value sends, if known now; null otherwise. */
    public SecurityIdentity of(String authorization) {
        String key = ApiKeyMechanism.presentedKey(authorization);
        if (key == null || key.isEmpty()) {
            return null;
        }
        if (keys.isAdmin(key)) {
            return ApiKeyIdentityProvider.ADMIN;
        }
        return stored.isResolvable() ? stored.get().recent(key) : null;
    }
}
