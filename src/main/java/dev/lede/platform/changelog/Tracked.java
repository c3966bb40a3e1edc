package dev.lede.platform.changelog;

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

    /**
     * The {@link ListMarkers} of the public lists this write can move items into, out of or within. By default
     * every list of the resource's type; a resource that knows better (a draft article is in no public list)
     * narrows it, so a write evicts fewer cached pages.
     */
    default java.util.List<String> listsChanged(ChangeOp op) {
        return java.util.List.of(ListMarkers.unnarrowed(resourceType()));
    }

    /** The slug the resource has after this write, kept in its change event (null for a resource without one). */
    default String resourceSlug() {
        return null;
    }

    /**
     * Whether a caller without a key may see this write's change event: by default yes; a resource that is not
     * always public (a draft article and its quotes) says no when it was not public before the write and is not after.
     */
    default boolean publicEvent(ChangeOp op) {
        return true;
    }

    /**
     * What a key's entitlements see of this write's change event: labels (for an article, its sources, section and
     * tags), of which the change feed asks for one of each group an entitlement makes ({@link ChangeEvent#feed}).
     * Null (the default) for a resource that is not licensed content: every key sees its events.
     */
    default java.util.List<String> labels() {
        return null;
    }
}
