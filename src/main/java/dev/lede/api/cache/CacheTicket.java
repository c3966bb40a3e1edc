package dev.lede.api.cache;

import jakarta.enterprise.context.RequestScoped;

/** This request's place in the cache: set when an anonymous GET misses, used when its response is written. */
@RequestScoped
public class CacheTicket {
    private String key;
    private long generation;
    private boolean leads;

    void issue(String key, long generation, boolean leads) {
        this.key = key;
        this.generation = generation;
        this.leads = leads;
    }

    /** True when the concurrent misses of this key wait for this request's response. */
    boolean leads() {
        return leads;
    }

    /** The cache key, or null when this response must not be shared (a key holder's, or not a GET). */
    public String key() {
        return key;
    }

    public long generation() {
        return generation;
    }
}
