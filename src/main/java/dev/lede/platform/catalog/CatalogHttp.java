package dev.lede.platform.catalog;

import dev.lede.platform.cache.Representations;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.web.MergePatch;
import jakarta.enterprise.context.ApplicationScoped;

/** What every {@link CatalogResource} needs from the HTTP layer, injected once: representations, page bounds, merge patch. */
@ApplicationScoped
public class CatalogHttp {
    private final Representations representations;
    private final LedeConfig config;
    private final MergePatch mergePatch;

    public CatalogHttp(Representations representations, LedeConfig config, MergePatch mergePatch) {
        this.representations = representations;
        this.config = config;
        this.mergePatch = mergePatch;
    }

    Representations representations() {
        return representations;
    }

    LedeConfig.Api bounds() {
        return config.api();
    }

    MergePatch mergePatch() {
        return mergePatch;
    }
}
