package dev.lede.platform.changelog;

/**
 * Names for sets of lists, shared by what writes (which lists can this change move?) and the response cache
 * (which lists does this stored page belong to?). A cached page depends on the markers of its sets; a committed
 * write bumps the markers of the sets it can change, and only those pages are served afresh.
 */
public final class ListMarkers {
    private ListMarkers() {
    }

    /** Every list of a type: bumped when the lists a change moves are not known (a write made by another node). */
    public static String every(ResourceType type) {
        return "lists:" + type;
    }

    /** The lists of a type that are not narrowed to one related resource: the newest articles, a date range... */
    public static String unnarrowed(ResourceType type) {
        return "list:" + type;
    }

    /** The lists of a type narrowed to what relates to one resource: the articles naming a person. */
    public static String narrowedTo(ResourceType type, String relatedId) {
        return "list:" + type + "@" + relatedId;
    }

    /**
     * The lists of a type answered from a search index: bumped again once the index has applied a change, which can
     * come after the change's commit (on another node, up to a second later).
     */
    public static String searched(ResourceType type) {
        return "search:" + type;
    }
}
