package dev.lede.platform.resource;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.CatalogQuery;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.persistence.ListQuery;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.slug.Lookup;
import dev.lede.platform.slug.SlugRedirect;
import dev.lede.platform.slug.Slugger;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The service of a catalog (people, entities, sources), written once: list by a name or alias prefix, get, create,
 * restore, export, replace, merge patch and delete, each through {@link ResourceWrites}. A feature's service extends
 * it (an {@code @ApplicationScoped @Transactional} bean, so every method here runs in its transaction) and adds only
 * what is its own: the fields it sets ({@link #fields}) and the references it resolves first.
 *
 * <p>A base class rather than a helper each service calls: the nine operations are the same code for the three
 * catalogs, and their interceptors ({@code @ReadOnly}, {@link RetriedOnUniqueConflict}) belong with them.
 *
 * @param <E> the stored entity
 * @param <I> its write model
 * @param <V> its read model
 */
public abstract class CatalogService<E extends NamedResource, I extends CatalogInput, V extends StoredView> {
    /** The sorts every catalog list offers; {@code c} is the listed resource (see {@link #list}). */
    public static final Map<String, SortKey> SORTS = sorts();

    // Injected into the base, so that a catalog's service names only its own collaborators.
    @Inject
    EntityManager em;
    @Inject
    ResourceWrites writes;
    @Inject
    Slugger slugger;

    private final Class<E> type;
    private final Supplier<E> factory;
    private final ResourceType resourceType;
    private final Function<E, V> view;
    private final Function<E, I> input;

    /**
     * @param factory a new, empty resource
     * @param view    the read model of a resource (called inside the transaction)
     * @param input   the current write model of a resource, which a merge patch changes
     */
    protected CatalogService(Class<E> type, Supplier<E> factory, Function<E, V> view, Function<E, I> input) {
        this.type = type;
        this.factory = factory;
        this.resourceType = factory.get().resourceType();
        this.view = view;
        this.input = input;
    }

    /** What this catalog lists, for the change log and the response cache. */
    public ResourceType resourceType() {
        return resourceType;
    }

    /**
     * How the input sets the feature's own fields (all but slug, name and timestamps). References the input names
     * are resolved here, before the returned step changes anything: a refusal leaves the resource untouched.
     */
    protected abstract Consumer<E> fields(E resource, I input);

    /** The entity manager, for a catalog's own queries. */
    protected EntityManager em() {
        return em;
    }

    /** Loads what mapping a page of resources touches, in a bounded number of statements (none by default). */
    protected void fetchDetails(List<E> page) {
    }

    @ReadOnly
    public V get(String key) {
        return view.apply(resolve(key));
    }

    /** The resource's id, resolving slugs and old slugs (for relation views such as its articles). */
    public String idOf(String key) {
        return resolve(key).id;
    }

    @RetriedOnUniqueConflict
    public V create(I input) {
        return view.apply(writes.create(factory.get(), resource -> apply(resource, input)));
    }

    /**
     * Creates a resource for a name that {@link #idByExactName} just did not find (ingestion linking a new name). If
     * another of that name was committed in between, by a concurrent ingest of a page naming the same new person, this
     * one is a duplicate: it fails as a unique conflict, so that the caller's retried transaction links to the other.
     * (Were both still uncommitted, their equal slugs would conflict at insert.)
     */
    public V createNamed(I input) {
        V created = create(input);
        if (LinkingReads.otherByExactName(em, type, input.name(), created.id())) {
            throw new NameTakenMeanwhile(input.name());
        }
        return created;
    }

    /** Creates a resource as an export carried it: its id, timestamps, version and old slugs are kept. */
    public void restore(I input, StoredState state) {
        writes.restore(factory.get(), state, resource -> apply(resource, input), slug -> slugTaken(slug, state.id()));
    }

    /** The resources after {@code afterId} in id order, as an export carries them. */
    public List<Exported<I>> exportPage(String afterId, int limit) {
        return exported(ExportPages.after(em, type, afterId, limit));
    }

    public V replace(String key, ExpectedVersion expected, I input) {
        return view.apply(writes.replace(() -> resolve(key), expected, resource -> apply(resource, input)));
    }

    /** A merge patch: the caller's change to the current write model (validated like a PUT body), in one transaction. */
    public V patch(String key, ExpectedVersion expected, UnaryOperator<I> change) {
        return view.apply(writes.patch(() -> resolve(key), expected, input, change, this::apply));
    }

    /** Folds a duplicate (id, slug or old slug) into the resource at {@code key}: {@link ResourceWrites#merge}. */
    public V merge(String key, ExpectedVersion expected, String duplicateKey) {
        return view.apply(writes.merge(() -> resolve(key), expected, duplicateKey, this::find, this::absorb));
    }

    /** What a merge gives the survivor: the duplicate's names as aliases (so the next ingest naming it links here). */
    protected void absorb(E survivor, E duplicate) {
        Aliases.folded(survivor, duplicate);
    }

    public void delete(String key, ExpectedVersion expected, boolean force) {
        writes.delete(() -> resolve(key), expected, force);
    }

    /** Every resource with its aliases, oldest first: what ingestion links the names of a page against. */
    public List<CatalogName> names() {
        return LinkingReads.names(em, type);
    }

    /** The oldest resource of exactly this name (any case), which a snapshot of {@link #names} may not hold yet. */
    public Optional<String> idByExactName(String name) {
        return LinkingReads.idByExactName(em, type, name);
    }

    /**
     * Loads these resources with their aliases into the caller's transaction, which then finds them without a
     * statement each; answers which of the ids are this catalog's.
     */
    public Set<String> loadAhead(Collection<String> ids) {
        return LinkingReads.loadAhead(em, type, ids);
    }

    /** A page of the catalog: by a name or alias prefix, of one kind when {@code kind} is not null. */
    @ReadOnly
    public Page<V> list(CatalogQuery query, Enum<?> kind, Function<String, Page.Links> links) {
        PageRequest page = query.page();
        SortKey sort = query.sort();
        ListQuery<E> list = new ListQuery<>(type, "c");
        if (kind != null) {
            list.and("c.kind = :kind", "kind", kind);
        }
        if (query.hasPrefix()) {
            list.and("(lower(c.name) like :q escape '\\' or exists (select 1 from " + type.getSimpleName()
                    + " x join x.aliases al where x.id = c.id and lower(al) like :q escape '\\'))",
                    "q", ListQuery.prefixPattern(query.prefix()));
        }
        ListQuery.Slice<E> slice = list.page(em, sort, page, c -> sort.instant() ? c.updatedAt : c.name, c -> c.id);
        fetchDetails(slice.items());
        return slice.map(view, page.limit(), links.apply(slice.nextCursor()));
    }

    /** These resources as an export carries them, with the old slugs that redirect to each. */
    protected List<Exported<I>> exported(List<E> page) {
        fetchDetails(page);
        Map<String, List<String>> oldSlugs = SlugRedirect.oldSlugsOf(resourceType, page.stream().map(e -> e.id).toList());
        return page.stream().map(e -> new Exported<>(input.apply(e), StoredState.of(e, oldSlugs.get(e.id)))).toList();
    }

    /** The resource a write model names by id, slug or old slug (a body needs no redirect: it names one resource). */
    protected Optional<E> find(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return Lookup.find(resourceType, key, this::byId, this::bySlug);
    }

    /** The values, trimmed (an absent list is empty). */
    protected static List<String> trimmed(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).toList();
    }

    /** Text that is absent when blank, trimmed otherwise. */
    protected static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private void apply(E resource, I input) {
        Consumer<E> fields = fields(resource, input); // first: a refusal leaves nothing dirty
        String requested = input.slug() != null ? input.slug() : resource.slug; // a PUT without slug keeps the URL
        resource.slug = slugger.choose(resourceType, requested, input.name(), resource.id,
                slug -> slugTaken(slug, resource.id));
        resource.name = input.name().trim();
        fields.accept(resource);
        resource.updatedAt = Times.now();
    }

    private E resolve(String key) {
        return Lookup.resolve(resourceType, key, this::byId, this::bySlug, e -> e.slug);
    }

    private Optional<E> byId(String id) {
        return Optional.ofNullable(em.find(type, id));
    }

    private Optional<E> bySlug(String slug) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.slug = :slug", type)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Whether another resource of the catalog ({@code exceptId} aside) has the slug now. */
    private boolean slugTaken(String slug, String exceptId) {
        return em.createQuery("select count(x) from " + type.getSimpleName() + " x where x.slug = :slug and x.id <> :id", Long.class)
                .setParameter("slug", slug).setParameter("id", exceptId == null ? "" : exceptId).getSingleResult() > 0;
    }

    private static Map<String, SortKey> sorts() {
        Map<String, SortKey> sorts = new HashMap<>(SortKey.both("name", "c.name", false));
        sorts.putAll(SortKey.both("updatedAt", "c.updatedAt", true));
        return Map.copyOf(sorts);
    }
}
