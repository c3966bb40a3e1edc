package dev.lede.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Subscriptions that are failing or dead, in {@code /q/health} (and {@code /q/health/well}) as a wellness check: DOWN
 * while any is, with their ids. A partner's receiver says nothing of this node, so readiness and liveness, which take
 * a node out of a load balancer or restart it, never include it. The same counts are the gauge
 * {@code lede_webhooks_subscriptions{status}} at /q/metrics (read from the database at each scrape).
 */
@Wellness
@ApplicationScoped
public class WebhookHealth implements HealthCheck {
    private static final int LISTED = 10;

    void metrics(@Observes StartupEvent event, MeterRegistry registry) {
        for (WebhookStatus status : WebhookStatus.values()) {
            Gauge.builder("lede.webhooks.subscriptions", this, health -> health.counts().get(status))
                    .tag("status", status.name()).description("Webhook subscriptions by status").register(registry);
        }
    }

    @Override
    public HealthCheckResponse call() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<WebhookSubscription> unwell = WebhookSubscription.<WebhookSubscription>find(
                    "deadLetters > 0 or attempts > 0 order by id").page(0, LISTED).list();
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("webhooks").status(unwell.isEmpty());
            for (WebhookSubscription sub : unwell) {
                builder.withData(sub.id, sub.status().name()); // not the error: /q/health is public, the receiver is not
            }
            return builder.build();
        });
    }

    Map<WebhookStatus, Double> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long dead = WebhookSubscription.count("deadLetters > 0");
            long failing = WebhookSubscription.count("deadLetters = 0 and attempts > 0");
            Map<WebhookStatus, Double> counts = new EnumMap<>(WebhookStatus.class);
            counts.put(WebhookStatus.dead, (double) dead);
            counts.put(WebhookStatus.failing, (double) failing);
            counts.put(WebhookStatus.active, (double) (WebhookSubscription.stored() - dead - failing));
            return counts;
        });
    }
}
