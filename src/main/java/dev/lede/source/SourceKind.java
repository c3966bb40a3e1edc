package dev.lede.source;

/** What kind of organisation a source is. */
public enum SourceKind {
    publisher, wire_agency, broadcaster, government, other
}
