package dev.lede.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Where keys other than the configured admin key are looked up (the {@code keys} feature implements it, from the
 * database): the identity of the key's holder ({@link KeyIdentities#of}), or a failure with
 * {@link Refusals#keyNotValid()} for a key that is unknown or revoked. {@code context} runs blocking work (a query)
 * off the IO thread.
 */
public interface StoredKeyLookup {
    Uni<SecurityIdentity> identify(String key, AuthenticationRequestContext context);

    /**
     * The identity of a key verified so recently that {@link #identify} would accept it without a query, or null: a
     * question answered in memory, on any thread, for the filters that run before Quarkus security ({@link
     * RecentKeys}). A use it answers counts as a use of the key.
     */
    default SecurityIdentity recent(String key) {
        return null;
    }
}
