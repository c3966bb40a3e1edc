package dev.lede.webhook;

import dev.lede.platform.changelog.RetainedPosition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;

/**
 * Change-log retention never prunes an event a subscription has still to receive: every subscription, whatever its
 * status, holds the log from its cursor on (delete a subscription to release what it holds).
 */
@ApplicationScoped
class WebhookRetention implements RetainedPosition {
    @Override
    public OptionalLong lowest() {
        Long lowest = WebhookSubscription.getEntityManager()
                .createQuery("select min(s.cursor) from WebhookSubscription s", Long.class).getSingleResult();
        return lowest == null ? OptionalLong.empty() : OptionalLong.of(lowest);
    }
}
