package dev.lede.platform.resource;

/** What the HTTP layer needs of a resource's read model: its id (for Location) and its version (for the ETag). */
public interface StoredView {
    String id();

    long version();
}
