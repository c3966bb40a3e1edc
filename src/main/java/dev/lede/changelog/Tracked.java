package dev.lede.changelog;

/** A stored resource whose writes go to the change log. */
public interface Tracked {
    ResourceType resourceType();

    String resourceId();

    /** The optimistic-locking version, read after the write has been flushed. */
    long resourceVersion();
}
