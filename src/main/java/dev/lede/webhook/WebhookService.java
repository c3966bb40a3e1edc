package dev.lede.webhook;

import dev.lede.changes.ChangeFeedService;
import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.Ids;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Subscriptions and their deliveries: the one write path of the webhook aggregate (the dispatcher records outcomes). */
@ApplicationScoped
public class WebhookService {
    /** A page of items and the key to continue after (null on the last page). */
    public record Listing<T>(List<T> items, String next) {
    }

    private final WebhookRules rules;
    private final WebhookConfig config;
    private final ChangeFeedService feed;
    private final SealedSecrets sealed;

    WebhookService(WebhookRules rules, WebhookConfig config, ChangeFeedService feed, SealedSecrets sealed) {
        this.rules = rules;
        this.config = config;
        this.feed = feed;
        this.sealed = sealed;
    }

    /** Subscribes from the head of the change log on: what commits from now on. The secret is shown in this answer only. */
    @Transactional
    public WebhookView create(WebhookInput input) {
        WebhookSubscription sub = new WebhookSubscription();
        rules.apply(input, sub, true);
        String secret = input.secret() == null ? WebhookSecrets.generate() : WebhookSecrets.checked("secret", input.secret());
        Instant now = Times.now();
        sub.id = Ids.newId();
        sub.secret = sealed.seal(secret, sub.id); // stored encrypted (SealedSecrets), shown once in this answer
        sub.cursor = ChangeEvent.headSeq();
        sub.nextAttemptAt = now;
        sub.leaseUntil = Instant.EPOCH;
        sub.createdAt = now;
        sub.updatedAt = now;
        sub.persist();
        return WebhookViews.of(sub, secret);
    }

    @ReadOnly
    public Listing<WebhookView> list(int limit, String after) {
        List<WebhookSubscription> subs = WebhookSubscription.<WebhookSubscription>find("id > ?1 order by id",
                after == null ? "" : after).page(0, limit).list();
        return new Listing<>(subs.stream().map(sub -> WebhookViews.of(sub, null)).toList(),
                subs.size() == limit ? subs.get(limit - 1).id : null);
    }

    @ReadOnly
    public WebhookView get(String id) {
        return WebhookViews.of(find(id, LockModeType.NONE), null);
    }

    @Transactional
    public WebhookView patch(String id, WebhookInput input) {
        if (input.secret() != null) {
            throw Failure.invalid("secret", "a secret is changed by POST /v1/webhooks/{id}/rotate-secret");
        }
        WebhookSubscription sub = find(id, LockModeType.PESSIMISTIC_WRITE);
        rules.apply(input, sub, false);
        sub.updatedAt = Times.now();
        return WebhookViews.of(sub, null);
    }

    @Transactional
    public void delete(String id) {
        find(id, LockModeType.NONE);
        WebhookSubscription.delete("id", id); // its deliveries and attempts go with it (ON DELETE CASCADE)
    }

    /** A new secret signs from now on; the old one signs too until the overlap ends (two signatures). */
    @Transactional
    public WebhookView rotate(String id) {
        WebhookSubscription sub = find(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Times.now();
        String secret = WebhookSecrets.generate();
        String stored = sealed.seal(secret, sub.id);
        sub.previousSecret = sub.secret; // still encrypted: it is moved, never opened here
        sub.previousUntil = now.plus(config.rotationOverlap());
        sub.secret = stored;
        sub.updatedAt = now;
        return WebhookViews.of(sub, secret);
    }

    /**
     * Sends again every matching event after {@code since} (a change-feed position), in order, with the webhook-ids
     * of the first time. Refused like the change feed refuses the position (400 past the head, 410 once pruned).
     */
    public WebhookView replay(String id, long since) {
        feed.read(new ChangeFeedService.Query(since, false, 1, EnumSet.allOf(ResourceType.class), false));
        return rewind(id, since);
    }

    @Transactional
    WebhookView rewind(String id, long since) {
        WebhookSubscription sub = find(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Times.now();
        sub.cursor = since;
        sub.replays++; // the attempt in flight, if any, no longer moves the cursor (WebhookOutcomes)
        sub.attempts = 0;
        sub.firstFailureAt = null;
        sub.nextAttemptAt = now;
        sub.updatedAt = now;
        return WebhookViews.of(sub, null);
    }

    /** Sends a delivery's event once more, outside the queue (its order is not kept), whatever its state. */
    @Transactional
    public WebhookDeliveryView retry(String id, String deliveryId) {
        find(id, LockModeType.NONE);
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || !delivery.subscriptionId.equals(id)) {
            throw Failure.notFound("delivery", deliveryId);
        }
        delivery.retryRequested = true;
        delivery.updatedAt = Times.now();
        return WebhookViews.of(delivery, attempts(List.of(delivery)));
    }

    /** Newest first; three statements whatever the page's size. */
    @ReadOnly
    public Listing<WebhookDeliveryView> deliveries(String id, int limit, String before) {
        find(id, LockModeType.NONE);
        List<WebhookDelivery> page = WebhookDelivery.<WebhookDelivery>find(before == null
                ? "subscriptionId = ?1 order by id desc" : "subscriptionId = ?1 and id < ?2 order by id desc",
                before == null ? new Object[] {id} : new Object[] {id, before}).page(0, limit).list();
        Map<String, List<WebhookAttempt>> attempts = attempts(page);
        return new Listing<>(page.stream().map(delivery -> WebhookViews.of(delivery, attempts)).toList(),
                page.size() == limit ? page.get(limit - 1).id : null);
    }

    private static Map<String, List<WebhookAttempt>> attempts(List<WebhookDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Map.of();
        }
        List<WebhookAttempt> attempts = WebhookAttempt.list("deliveryId in ?1 order by at, id",
                deliveries.stream().map(delivery -> delivery.id).toList());
        return attempts.stream().collect(Collectors.groupingBy(attempt -> attempt.deliveryId));
    }

    private static WebhookSubscription find(String id, LockModeType lock) {
        WebhookSubscription sub = id == null || id.length() > 36 ? null : WebhookSubscription.findById(id, lock);
        if (sub == null) {
            throw Failure.notFound("webhook", id);
        }
        return sub;
    }
}
