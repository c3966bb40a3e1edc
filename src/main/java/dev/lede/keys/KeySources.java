package dev.lede.keys;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.resource.Referrer;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.security.CurrentScopes;
import dev.lede.platform.security.Entitlements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
 *
 * <p>Keys are the admin's: a merge (a {@code content:write} operation) that would entitle an active key to a source it
 * was not entitled to is refused unless the caller is an admin, and a refused delete names the keys to an admin only
 * (others get their count). Revoked keys read nothing, so a merge leaves them as they are.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KeySources implements Referrer {
    @Inject Event<EntitlementsChanged> changed;
    @Inject CurrentScopes scopes;
    @Inject KeySourceIndex index;

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
        return type != ResourceType.source || !scopes.isAdmin() ? List.of() : naming(id, false).stream()
                .map(key -> Map.of("id", key.id, "name", key.name)).toList();
    }

    @Override
    public void detach(ResourceType type, String id) {
        if (type != ResourceType.source) {
            return;
        }
        List<String> changed = new ArrayList<>();
        for (ApiKey key : naming(id, false)) {
            List<String> sources = new ArrayList<>(key.entitlements.sources());
            sources.remove(id);
            if (!sources.isEmpty()) {
                entitle(key, sources);
                changed.add(key.id);
            }
        }
        index.removed(id, changed);
    }

    /**
     * Active keys only. One that names the duplicate but not the survivor would read more afterwards: only an admin
     * may widen it so, anyone else's merge is refused (a conflict) before anything moves.
     */
    @Override
    public void reassign(ResourceType type, String fromId, String toId) {
        if (type != ResourceType.source) {
            return;
        }
        List<ApiKey> keys = naming(fromId, false);
        long widened = keys.stream().filter(key -> !key.entitlements.sources().contains(toId)).count();
        if (widened > 0 && !scopes.isAdmin()) {
            throw widening(widened);
        }
        for (ApiKey key : keys) {
            List<String> sources = new ArrayList<>();
            for (String source : key.entitlements.sources()) {
                String now = source.equals(fromId) ? toId : source;
                if (!sources.contains(now)) {
                    sources.add(now);
                }
            }
            entitle(key, sources);
        }
        index.moved(fromId, toId, keys.stream().map(key -> key.id).toList());
    }

    private static Failure widening(long keys) {
        String detail = keys + " active API keys are entitled to the duplicate but not to this source: merging would "
                + "entitle them to every article of this source. Only an admin may merge it (those keys then follow the "
                + "survivor), or an admin narrows the keys first";
        return new Failure(Failure.Kind.CONFLICT, "keys-name-duplicate", "Keys name the duplicate", detail,
                List.of(new FieldError("duplicate", detail)), Failure.details("keys", keys));
    }

    private void entitle(ApiKey key, List<String> sources) {
        Entitlements old = key.entitlements;
        key.entitlements = new Entitlements(sources, old.sections(), old.tags());
        changed.fire(new EntitlementsChanged(key.id));
    }

    /**
     * The keys whose entitlements name the source, oldest first, in one statement: found by the index of their sources
     * ({@link KeySourceIndex}), the parsed list decides.
     */
    private List<ApiKey> naming(String sourceId, boolean revokedToo) {
        return index.naming(sourceId, revokedToo).stream()
                .filter(key -> key.entitlements != null && key.entitlements.sources().contains(sourceId)).toList();
    }
}
