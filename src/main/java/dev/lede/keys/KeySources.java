package dev.lede.keys;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.resource.Referrer;
import dev.lede.platform.security.Entitlements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keys refer to sources through their entitlements: a source merged into another moves each key's entitlement to the
 * survivor in the merge's transaction, and a source a key still needs is not deleted silently. Access never widens:
 * an empty {@code sources} list restricts nothing, so a forced delete takes the source out of a key's list only when
 * the list keeps other sources; a key entitled to that source alone keeps naming it, and so reads nothing of it.
 * Every key changed is forgotten by the verified-key cache when the write commits ({@link EntitlementsChanged}), so
 * its next request reads its new entitlements on this node, on others within their cache's lifetime.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KeySources implements Referrer {
    @Inject EntityManager em;
    @Inject Event<EntitlementsChanged> changed;

    /** Fired for each key whose entitlements a write changed; observed once that write has committed. */
    public record EntitlementsChanged(String id) {
    }

    @Override
    public String name() {
        return "keys";
    }

    /** Revoked keys read nothing, so they never hold a delete back. */
    @Override
    public long count(ResourceType type, String id) {
        return type == ResourceType.source ? naming(id, false).size() : 0;
    }

    @Override
    public List<Map<String, String>> named(ResourceType type, String id) {
        return type != ResourceType.source ? List.of() : naming(id, false).stream()
                .map(key -> Map.of("id", key.id, "name", key.name)).toList();
    }

    @Override
    public void detach(ResourceType type, String id) {
        if (type != ResourceType.source) {
            return;
        }
        for (ApiKey key : naming(id, false)) {
            List<String> sources = new ArrayList<>(key.entitlements.sources());
            sources.remove(id);
            if (!sources.isEmpty()) {
                entitle(key, sources);
            }
        }
    }

    /** Revoked keys too: their listed entitlements then name a source that exists. */
    @Override
    public void reassign(ResourceType type, String fromId, String toId) {
        if (type != ResourceType.source) {
            return;
        }
        for (ApiKey key : naming(fromId, true)) {
            List<String> sources = new ArrayList<>();
            for (String source : key.entitlements.sources()) {
                String now = source.equals(fromId) ? toId : source;
                if (!sources.contains(now)) {
                    sources.add(now);
                }
            }
            entitle(key, sources);
        }
    }

    private void entitle(ApiKey key, List<String> sources) {
        Entitlements old = key.entitlements;
        key.entitlements = new Entitlements(sources, old.sections(), old.tags());
        changed.fire(new EntitlementsChanged(key.id));
    }

    /**
     * The keys whose entitlements name the source, oldest first, in one statement. The entitlements are one JSON
     * column: the LIKE on the quoted id (a UUID, no wildcard in it) narrows in SQL, the parsed list decides.
     */
    @SuppressWarnings("unchecked") // a native query of an entity class answers that entity
    private List<ApiKey> naming(String sourceId, boolean revokedToo) {
        List<ApiKey> keys = em.createNativeQuery("select * from api_key where entitlements like ?1"
                        + (revokedToo ? "" : " and revoked_at is null") + " order by id", ApiKey.class)
                .setParameter(1, "%\"" + sourceId + "\"%").getResultList();
        return keys.stream().filter(key -> key.entitlements != null && key.entitlements.sources().contains(sourceId)).toList();
    }
}
