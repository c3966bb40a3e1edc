package dev.lede.source;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.CatalogQuery;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.persistence.ListQuery;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.ExportPages;
import dev.lede.platform.resource.Exported;
import dev.lede.platform.resource.ResourceWrites;
import dev.lede.platform.resource.RetriedOnUniqueConflict;
import dev.lede.platform.resource.StoredState;
import dev.lede.platform.slug.Lookup;
import dev.lede.platform.slug.SlugRedirect;
import dev.lede.platform.slug.Slugger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Sources: the one place that reads and writes them. Reads run in a transaction too, because entities are
 * mapped to DTOs before it ends (the session is not request-scoped, so nothing loads lazily afterwards).
 */
@ApplicationScoped
@Transactional
public class SourceService {
    static final Map<String, SortKey> SORTS = new HashMap<>();

    static {
        SORTS.putAll(SortKey.both("name", "s.name", false));
        SORTS.putAll(SortKey.both("updatedAt", "s.updatedAt", true));
    }

    private final EntityManager em;
    private final ResourceWrites writes;
    private final Slugger slugger;

    public SourceService(EntityManager em, ResourceWrites writes, Slugger slugger) {
        this.em = em;
        this.writes = writes;
        this.slugger = slugger;
    }

    @ReadOnly
    public Page<SourceView> list(CatalogQuery query, SourceKind kind, Function<String, Page.Links> links) {
        PageRequest page = query.page();
        SortKey sort = query.sort();
        ListQuery<Source> list = new ListQuery<>(Source.class, "s");
        if (kind != null) {
            list.and("s.kind = :kind", "kind", kind);
        }
        if (query.hasPrefix()) {
            list.and("(lower(s.name) like :q escape '\\' or exists (select 1 from Source x join x.aliases al"
                    + " where x.id = s.id and lower(al) like :q escape '\\'))", "q", ListQuery.prefixPattern(query.prefix()));
        }
        ListQuery.Slice<Source> slice = list.page(em, sort, page,
                s -> sort.instant() ? s.updatedAt : s.name, s -> s.id);
        return slice.map(SourceView::of, page.limit(), links.apply(slice.nextCursor()));
    }

    @ReadOnly
    public SourceView get(String key) {
        return SourceView.of(resolve(key));
    }

    /** The source's id, resolving slugs and old slugs (for relation views such as its articles). */
    public String idOf(String key) {
        return resolve(key).id;
    }

    @RetriedOnUniqueConflict
    public SourceView create(SourceInput input) {
        return SourceView.of(writes.create(new Source(), source -> apply(source, input)));
    }

    /** Creates a source as an export carried it: its id, timestamps, version and old slugs are kept. */
    public void restore(SourceInput input, StoredState state) {
        writes.restore(new Source(), state, source -> apply(source, input), slug -> Source.slugTaken(slug, state.id()));
    }

    /** The sources after {@code afterId} in id order, as an export carries them. */
    public List<Exported<SourceInput>> exportPage(String afterId, int limit) {
        List<Source> page = ExportPages.after(em, Source.class, afterId, limit);
        if (!page.isEmpty()) {
            InLists.query(em, "select s from Source s left join fetch s.aliases where s in :page", Source.class, "page", page)
                    .getResultList();
        }
        Map<String, List<String>> oldSlugs = SlugRedirect.oldSlugsOf(ResourceType.source, page.stream().map(s -> s.id).toList());
        return page.stream().map(s -> new Exported<>(SourceInput.of(s), StoredState.of(s, oldSlugs.get(s.id)))).toList();
    }

    public SourceView replace(String key, ExpectedVersion expected, SourceInput input) {
        return SourceView.of(writes.replace(() -> resolve(key), expected, source -> apply(source, input)));
    }

    /** A merge patch: the caller's change to the current write model (validated like a PUT body), in one transaction. */
    public SourceView patch(String key, ExpectedVersion expected, UnaryOperator<SourceInput> change) {
        return SourceView.of(writes.patch(() -> resolve(key), expected, SourceInput::of, change, this::apply));
    }

    public void delete(String key, ExpectedVersion expected, boolean force) {
        writes.delete(() -> resolve(key), expected, force);
    }

    private void apply(Source source, SourceInput input) {
        String requested = input.slug() != null ? input.slug() : source.slug; // a PUT without slug keeps the URL
        source.slug = slugger.choose(ResourceType.source, requested, input.name(), source.id,
                slug -> Source.slugTaken(slug, source.id));
        source.name = input.name().trim();
        source.kind = input.kind();
        source.url = input.url();
        source.country = input.country();
        source.language = input.language();
        source.aliases.clear();
        source.aliases.addAll(input.aliases() == null ? List.of() : input.aliases().stream().map(String::trim).toList());
        source.updatedAt = Times.now();
    }

    private Source resolve(String key) {
        return Lookup.resolve(ResourceType.source, key, Source::byId, Source::bySlug, s -> s.slug);
    }
}
