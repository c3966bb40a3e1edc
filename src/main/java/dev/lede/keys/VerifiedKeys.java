package dev.lede.keys;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keys verified in the database within the last {@code lede.keys.verified-for} (1 s), by the digest of their secret,
 * so a client sending many requests costs one indexed lookup a second, not one per request. That lifetime is how long
 * another node may still accept a key after it was revoked; this node forgets it when the revocation commits.
 *
 * <p>A lookup that started before a revocation must not put the key back: each revocation moves a generation on, and
 * an entry read under an older generation is not kept. Entries past their lifetime are dropped when the map grows
 * past {@link #MAX_ENTRIES}, so digests sent once cost no memory for long.
 *
 * <p>A digest the database did not know is remembered as refused for as long: a client repeating a wrong key (a
 * misconfigured one, or a flood) costs one lookup a second, not one per request.
 */
@ApplicationScoped
public class VerifiedKeys {
    static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> refused = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long lifetimeNanos;

    public VerifiedKeys(KeysConfig config) {
        this.lifetimeNanos = config.verifiedFor().toNanos();
    }

    /** A verified key and the identity it holds, until {@code expiresAt} (System.nanoTime). */
    record Entry(String id, SecurityIdentity identity, long expiresAt) {
    }

    /** The key verified under this digest, if that was recent enough. */
    Entry get(String digest) {
        Entry entry = entries.get(digest);
        return entry != null && entry.expiresAt - System.nanoTime() > 0 ? entry : null;
    }

    long generation() {
        return generation.get();
    }

    /** Keeps what a lookup started at {@code readAt} (a generation) found, unless a revocation happened since. */
    Entry put(String digest, StoredKeys.Verified key, long readAt) {
        Entry entry = new Entry(key.id(), key.identity(), System.nanoTime() + lifetimeNanos);
        if (lifetimeNanos > 0 && generation.get() == readAt) {
            if (entries.size() >= MAX_ENTRIES) {
                long now = System.nanoTime();
                entries.values().removeIf(old -> old.expiresAt - now <= 0);
            }
            entries.put(digest, entry);
            if (generation.get() != readAt) {
                entries.remove(digest, entry); // a revocation came between the check and the put
            }
        }
        return entry;
    }

    /** Whether the database refused this digest within the lifetime. */
    boolean refusedRecently(String digest) {
        Long until = refused.get(digest);
        return until != null && until - System.nanoTime() > 0;
    }

    /** Remembers that no valid key has this digest (a key is never created with a given secret, so none will soon). */
    void refuse(String digest) {
        if (lifetimeNanos <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (refused.size() >= MAX_ENTRIES) {
            refused.values().removeIf(until -> until - now <= 0);
        }
        if (refused.size() < MAX_ENTRIES) { // many distinct made-up keys: each costs its lookup, and no memory
            refused.put(digest, now + lifetimeNanos);
        }
    }

    void forget(String keyId) {
        generation.incrementAndGet();
        entries.values().removeIf(entry -> entry.id().equals(keyId));
    }
}
