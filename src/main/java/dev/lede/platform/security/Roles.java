package dev.lede.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scopes an API key can hold, which are the roles of its identity: operations name these
 * ({@code @RolesAllowed(Roles.CONTENT_WRITE)}), never a key. {@link #ADMIN} implies every other scope: the identity of
 * an admin key holds them all as roles ({@link #implied}), so an operation names only the scope it needs.
 */
public final class Roles {
    /** Reads what is not public: drafts, embargoed, withdrawn and killed articles, their revisions, every change event. */
    public static final String CONTENT_READ = "content:read";
    /** Writes content and catalog: create, update, delete, the lifecycle, corrections, bulk. */
    public static final String CONTENT_WRITE = "content:write";
    /** POST /v1/ingest. */
    public static final String INGEST = "ingest";
    /** A syndication partner: the embargo preview (an embargoed article read by id), later higher rate limits. */
    public static final String PARTNER = "partner";
    /** Keys, reindexing, the export, and every other scope. */
    public static final String ADMIN = "admin";

    /** Every scope, in the order the API lists them. */
    public static final List<String> SCOPES = List.of(CONTENT_READ, CONTENT_WRITE, INGEST, PARTNER, ADMIN);

    private Roles() {
    }

    /** The roles an identity holding {@code scopes} gets: the scopes, and all of them for an admin. */
    public static Set<String> implied(Collection<String> scopes) {
        return scopes.contains(ADMIN) ? new LinkedHashSet<>(SCOPES) : new LinkedHashSet<>(scopes);
    }
}
