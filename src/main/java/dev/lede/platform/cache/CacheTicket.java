package dev.lede.platform.cache;

import jakarta.enterprise.context.RequestScoped;

/** This request's place in the cache: set when an anonymous GET misses, used when its response is written. */
@RequestScoped
public class CacheTicket {
    private String key;
    private long generation;
    private ResponseCache.InFlight leads;
    private long startedMillis;
    private boolean unshared;

    void issue(String key, long generation, ResponseCache.InFlight leads) {
        this.key = key;
        this.generation = generation;
        this.leads = leads;
        this.startedMillis = System.currentTimeMillis();
    }

    /** When this request missed (its response's Last-Modified), or 0 without a ticket. */
    long startedMillis() {
        return startedMillis;
    }

    /** The computation that concurrent misses of this key wait for, when this request computes it; else null. */
    ResponseCache.InFlight leads() {
        return leads;
    }

    /** The cache key, or null when this response must not be shared (a key holder's, or not a GET). */
    public String key() {
        return key;
    }

    public long generation() {
        return generation;
    }

    /** Whether this response was declared to be the caller's alone ({@link Representations#keepPrivate}). */
    boolean unshared() {
        return unshared;
    }

    void unshare() {
        unshared = true;
    }
}
