package dev.lede.webhook;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.Referrer;
import dev.lede.platform.security.CurrentScopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Subscriptions refer to the source they narrow to (its id, resolved when subscribed): a source merged into another
 * moves them to the survivor, so they keep hearing of the same articles; a source they narrow to is not deleted
 * silently. A forced delete leaves them naming the deleted id, which no article names any more: they are sent no
 * article or quote event but deletions until an admin changes their {@code source}. Dropping the narrowing instead
 * would send them every source's events. Each subscription is locked as the dispatcher locks it, so neither write
 * overwrites the other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebhookSources implements Referrer {
    @Inject CurrentScopes scopes;

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public long count(ResourceType type, String id) {
        return type == ResourceType.source ? WebhookSubscription.count("source", id) : 0;
    }

    /** Webhooks are listed to admins only: anyone else learns their count. */
    @Override
    public List<Map<String, String>> named(ResourceType type, String id) {
        return type != ResourceType.source || !scopes.isAdmin() ? List.of() : narrowedTo(id, LockModeType.NONE).stream()
                .map(sub -> Map.of("id", sub.id, "url", sub.url)).toList();
    }

    /** Keeps the deleted id: see the class comment. */
    @Override
    public void detach(ResourceType type, String id) {
    }

    @Override
    public void reassign(ResourceType type, String fromId, String toId) {
        if (type != ResourceType.source) {
            return;
        }
        for (WebhookSubscription sub : narrowedTo(fromId, LockModeType.PESSIMISTIC_WRITE)) {
            sub.source = toId;
            sub.updatedAt = Times.now();
        }
    }

    private static List<WebhookSubscription> narrowedTo(String sourceId, LockModeType lock) {
        return WebhookSubscription.<WebhookSubscription>find("source = ?1 order by id", sourceId).withLock(lock).list();
    }
}
