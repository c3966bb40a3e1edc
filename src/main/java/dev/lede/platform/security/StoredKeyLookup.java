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
}
