package dev.lede.keys;

import dev.lede.platform.security.Entitlements;
import dev.lede.platform.security.KeyIdentities;
import dev.lede.platform.security.Refusals;
import dev.lede.platform.security.StoredKeyLookup;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Optional;

/**
 * Who holds a stored key (the identity provider asks once the key is not the admin key): the key is found by the
 * digest of what was sent, in {@link VerifiedKeys} when it was verified within the last second, else in the database
 * (on a worker thread: {@code runBlocking}). A key that is unknown or revoked fails authentication (401). Each use is
 * noted for {@code lastUsedAt} ({@link KeyUses}), which never makes the request wait.
 */
@ApplicationScoped
public class StoredKeys implements StoredKeyLookup {
    private final ApiKeyService keys;
    private final VerifiedKeys verified;
    private final KeyUses uses;

    public StoredKeys(ApiKeyService keys, VerifiedKeys verified, KeyUses uses) {
        this.keys = keys;
        this.verified = verified;
        this.uses = uses;
    }

    /** What a presented key resolved to. */
    public record Verified(String id, String name, List<String> scopes, Entitlements entitlements) {
        SecurityIdentity identity() {
            return KeyIdentities.of(name, scopes, entitlements);
        }
    }

    @Override
    public Uni<SecurityIdentity> identify(String key, AuthenticationRequestContext context) {
        String digest = KeySecrets.digest(key);
        VerifiedKeys.Entry known = verified.get(digest);
        if (known != null) {
            uses.used(known.id());
            return Uni.createFrom().item(known.identity());
        }
        if (verified.refusedRecently(digest)) {
            return Uni.createFrom().failure(Refusals.keyNotValid());
        }
        long generation = verified.generation();
        return context.runBlocking(() -> lookUp(digest, generation));
    }

    @Override
    public SecurityIdentity recent(String key) {
        VerifiedKeys.Entry known = verified.get(KeySecrets.digest(key));
        if (known == null) {
            return null;
        }
        uses.used(known.id());
        return known.identity();
    }

    private SecurityIdentity lookUp(String digest, long generation) {
        Optional<Verified> key = keys.verify(digest);
        if (key.isEmpty()) {
            verified.refuse(digest);
            throw Refusals.keyNotValid();
        }
        VerifiedKeys.Entry entry = verified.put(digest, key.get(), generation);
        uses.used(entry.id());
        return entry.identity();
    }

    /** This node refuses a revoked key from the moment the revocation commits. */
    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiKeyService.KeyRevoked revoked) {
        verified.forget(revoked.id());
    }

    /** A key whose entitlements changed (a source merged or deleted) is read anew at its next request. */
    void entitlementsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeySources.EntitlementsChanged changed) {
        verified.forget(changed.id());
    }
}
