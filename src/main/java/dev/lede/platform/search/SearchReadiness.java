package dev.lede.platform.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while an index that was missing is first rebuilt: "search: rebuilding n/N" (searches would miss what is
 * not in yet). A rebuild asked for online leaves readiness up: the complete index it replaces answers meanwhile.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {
    private final Instance<FedIndex> indexes;

    public SearchReadiness(Instance<FedIndex> indexes) {
        this.indexes = indexes;
    }

    @Override
    public HealthCheckResponse call() {
        for (FedIndex index : indexes) {
            IndexStatus status = index.feeder().status();
            if (!status.complete()) {
                IndexStatus.Progress progress = status.progress();
                String done = progress == null ? "starting" : progress.done() + "/" + progress.total();
                return HealthCheckResponse.named("search: rebuilding " + done).withData("index", status.index()).down().build();
            }
        }
        return HealthCheckResponse.named("search").up().build();
    }
}
