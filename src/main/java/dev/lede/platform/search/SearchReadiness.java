package dev.lede.platform.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while an index is being rebuilt: "search: rebuilding n/N" (searches would miss what is not yet in). */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {
    private final Instance<SearchIndex> indexes;

    public SearchReadiness(Instance<SearchIndex> indexes) {
        this.indexes = indexes;
    }

    @Override
    public HealthCheckResponse call() {
        for (SearchIndex index : indexes) {
            SearchIndex.Progress progress = index.progress();
            if (progress != null) {
                return HealthCheckResponse.named("search: rebuilding " + progress.done() + "/" + progress.total()).down().build();
            }
        }
        return HealthCheckResponse.named("search").up().build();
    }
}
