package dev.lede.platform.resource;

/** A stored resource as an export line carries it: its write model and the state the server owns. */
public record Exported<I>(I input, StoredState state) {
}
