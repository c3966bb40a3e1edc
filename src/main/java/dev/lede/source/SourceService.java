package dev.lede.source;

import dev.lede.platform.persistence.InLists;
import dev.lede.platform.resource.CatalogService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sources: the one place that reads and writes them (the operations every catalog shares are in
 * {@link CatalogService}). Reads run in a transaction too: sources are mapped to DTOs before it ends.
 */
@ApplicationScoped
@Transactional
public class SourceService extends CatalogService<Source, SourceInput, SourceView> {
    public SourceService() {
        super(Source.class, Source::new, SourceView::of, SourceInput::of);
    }

    @Override
    protected Consumer<Source> fields(Source resource, SourceInput input) {
        return source -> {
            source.kind = input.kind();
            source.url = input.url();
            source.country = input.country();
            source.language = input.language();
            source.aliases.clear();
            source.aliases.addAll(trimmed(input.aliases()));
        };
    }

    /** A merge: besides the names, the duplicate's URL, country and language go to a survivor that has none. */
    @Override
    protected void absorb(Source survivor, Source duplicate) {
        super.absorb(survivor, duplicate);
        survivor.url = survivor.url != null ? survivor.url : duplicate.url;
        survivor.country = survivor.country != null ? survivor.country : duplicate.country;
        survivor.language = survivor.language != null ? survivor.language : duplicate.language;
    }

    /** The aliases of a page of sources in one statement, whatever the page size. */
    @Override
    protected void fetchDetails(List<Source> page) {
        if (!page.isEmpty()) {
            InLists.query(em(), "select s from Source s left join fetch s.aliases where s in :page", Source.class, "page", page)
                    .getResultList();
        }
    }
}
