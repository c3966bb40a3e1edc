package dev.lede.platform.resource;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Guards deletes: nothing that is still referenced disappears silently, and force detaches everything. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Referrers {
    private final List<Referrer> referrers;

    public Referrers(@All List<Referrer> referrers) {
        this.referrers = referrers;
    }

    /** Fails (a conflict) with the counts of each kind of referrer, unless {@code force}; with it, detaches them all. */
    public void releaseOrRefuse(ResourceType type, String id, String slug, boolean force) {
        if (force) {
            referrers.forEach(referrer -> referrer.detach(type, id));
            return;
        }
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Object> named = new TreeMap<>();
        for (Referrer referrer : referrers) {
            long count = referrer.count(type, id);
            if (count > 0) {
                counts.merge(referrer.name(), count, Long::sum);
                List<?> items = referrer.named(type, id);
                if (!items.isEmpty()) {
                    named.put(referrer.name(), items);
                }
            }
        }
        if (!counts.isEmpty()) {
            StringBuilder what = new StringBuilder();
            counts.forEach((name, count) -> what.append(what.isEmpty() ? "" : ", ").append(count).append(' ').append(name));
            throw Failure.conflict(type + " '" + slug + "' is still referenced by " + what
                    + "; delete with ?force=true to detach it", named.isEmpty() ? Failure.details("references", counts)
                    : Failure.details("references", counts, "referencedBy", named));
        }
    }

    /** Moves every reference to {@code fromId} to {@code toId}: nothing refers to the first afterwards. */
    public void reassign(ResourceType type, String fromId, String toId) {
        referrers.forEach(referrer -> referrer.reassign(type, fromId, toId));
    }
}
