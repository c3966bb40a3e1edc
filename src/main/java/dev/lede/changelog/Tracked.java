package dev.lede.changelog;

/** A stored resource whose writes go to the change log. */
public interface Tracked {
    ResourceType resourceType();

    String resourceId();

    /** The optimistic-locking version, read after the write has been flushed. */
    long resourceVersion();

    /** Other resources whose representations embed this one's data (a quote's article), for cache invalidation. */
    default java.util.List<String> embeddedIn() {
        return java.util.List.of();
    }
}
