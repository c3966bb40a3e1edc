package dev.lede.keys;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.Cursor;
import dev.lede.platform.persistence.Ids;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.security.Entitlements;
import dev.lede.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one write path of API keys (create, revoke, the last-used time) and their reads: the list, one key, and the
 * lookup of a presented secret's digest ({@link StoredKeys}). Keys are not content: their writes append no change
 * event (the change feed is for content), and revocation reaches other nodes through their short verified-key cache.
 */
@ApplicationScoped
@Transactional
public class ApiKeyService {
    private static final String SORT = "createdAt";
    private static final String LIST = "keys";

    @Inject EntityManager em;
    @Inject SourceService sources;
    @Inject Event<KeyRevoked> revoked;
    @Inject KeySourceIndex sourceIndex;

    /** Stores a new key and returns it with its secret, which nothing keeps: this is the only time it is seen. */
    public CreatedKey create(KeyInput input) {
        KeyChecks checks = new KeyChecks();
        String name = checks.name(input.name());
        List<String> scopes = checks.scopes(input.scopes());
        Entitlements entitlements = checks.entitlements(input.entitlements(), this::sourceId);
        checks.done();
        if (ApiKey.nameTaken(name)) {
            throw nameTaken(name);
        }
        String secret = KeySecrets.newSecret();
        ApiKey key = new ApiKey();
        key.id = Ids.newId();
        key.name = name;
        key.prefix = KeySecrets.prefixOf(secret);
        key.secretSha256 = KeySecrets.digest(secret);
        key.scopes = scopes;
        key.entitlements = entitlements.unrestricted() ? null : entitlements;
        key.createdAt = Times.now();
        store(key);
        sourceIndex.index(key.id, entitlements.sources());
        return new CreatedKey(key.id, name, scopes, key.prefix, secret, entitlements, key.createdAt);
    }

    /** Inserts now, so that a concurrent create of the same name fails here as a conflict, not at commit as a 500. */
    private void store(ApiKey key) {
        try {
            key.persistAndFlush();
        } catch (PersistenceException e) {
            throw nameTaken(key.name);
        }
    }

    private static Failure nameTaken(String name) {
        return Failure.conflictOn("name", "a key named '" + name + "' exists (or existed: a revoked key keeps its name)");
    }

    private String sourceId(String idOrSlug) {
        try {
            return sources.idOf(idOrSlug);
        } catch (Failure notFound) {
            return null;
        }
    }

    /** Keys oldest first, revoked ones included (with revokedAt), keyset-paged by id (UUIDv7: creation order). */
    @ReadOnly
    public Page<KeyView> list(PageRequest page, Function<String, Page.Links> links) {
        Cursor after = Cursor.decode(page.cursor(), SORT, LIST);
        List<ApiKey> found = em.createQuery("from ApiKey k where k.id > ?1 order by k.id", ApiKey.class)
                .setParameter(1, after == null ? "" : after.id()).setMaxResults(page.limit() + 1).getResultList();
        boolean more = found.size() > page.limit();
        List<KeyView> items = (more ? found.subList(0, page.limit()) : found).stream().map(KeyView::of).toList();
        String next = more ? new Cursor(SORT, "", items.get(items.size() - 1).id(), LIST).encode() : null;
        return new Page<>(items, new Page.Meta(page.limit(), next, null), links.apply(next));
    }

    @ReadOnly
    public KeyView get(String id) {
        return KeyView.of(find(id));
    }

    /** Revokes the key: refused on this node as soon as this commits, on others within their cache's lifetime. */
    public void revoke(String id) {
        ApiKey key = find(id);
        if (key.revokedAt == null) {
            key.revokedAt = Times.now();
            revoked.fire(new KeyRevoked(key.id));
        }
    }

    private static ApiKey find(String id) {
        ApiKey key = id == null ? null : ApiKey.findById(id);
        if (key == null) {
            throw Failure.notFound("key", id);
        }
        return key;
    }

    /** The key whose secret has this digest, unless it is revoked. */
    @ReadOnly
    public Optional<StoredKeys.Verified> verify(String digest) {
        return ApiKey.bySecretDigest(digest).filter(key -> key.revokedAt == null)
                .map(key -> new StoredKeys.Verified(key.id, key.name, List.copyOf(key.scopes), key.entitled()));
    }

    /** Records a use, never moving the time back (two nodes may write it in either order). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void touch(String id, Instant at) {
        em.createQuery("update ApiKey k set k.lastUsedAt = ?1 where k.id = ?2 and (k.lastUsedAt is null or k.lastUsedAt < ?1)")
                .setParameter(1, at).setParameter(2, id).executeUpdate();
    }

    /** Fired in the revoking transaction; observed once it has committed. */
    public record KeyRevoked(String id) {
    }
}
