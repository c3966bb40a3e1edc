package dev.lede.platform.security;

/** The roles an API caller's identity can hold; operations and policies name these, never a key. */
public final class Roles {
    /** The admin key's: every write, drafts, the export. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
