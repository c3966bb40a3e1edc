package dev.lede.entity;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.persistence.CatalogQuery;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.persistence.ListQuery;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.Exported;
import dev.lede.platform.resource.ResourceWrites;
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
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Entities: the one place that reads and writes them. Reads run in a transaction too, because entities are
 * mapped to DTOs before it ends (the session is not request-scoped, so nothing loads lazily afterwards).
 */
@ApplicationScoped
@Transactional
public class EntityService {
    static final Map<String, SortKey> SORTS = new HashMap<>();
    /** Deeper than any real hierarchy; stops the ancestor walk should a cycle ever have been stored. */
    private static final int MAX_DEPTH = 100;

    static {
        SORTS.putAll(SortKey.both("name", "e.name", false));
        SORTS.putAll(SortKey.both("updatedAt", "e.updatedAt", true));
    }

    private final EntityManager em;
    private final ResourceWrites writes;
    private final Slugger slugger;

    public EntityService(EntityManager em, ResourceWrites writes, Slugger slugger) {
        this.em = em;
        this.writes = writes;
        this.slugger = slugger;
    }

    @ReadOnly
    public Page<EntityView> list(CatalogQuery query, EntityKind kind, Function<String, Page.Links> links) {
        PageRequest page = query.page();
        SortKey sort = query.sort();
        ListQuery<NamedEntity> list = new ListQuery<>(NamedEntity.class, "e");
        if (kind != null) {
            list.and("e.kind = :kind", "kind", kind);
        }
        if (query.hasPrefix()) {
            list.and("(lower(e.name) like :q escape '\\' or exists (select 1 from NamedEntity x join x.aliases al"
                    + " where x.id = e.id and lower(al) like :q escape '\\'))", "q", ListQuery.prefixPattern(query.prefix()));
        }
        ListQuery.Slice<NamedEntity> slice = list.page(em, sort, page,
                e -> sort.instant() ? e.updatedAt : e.name, e -> e.id);
        NamedEntity.fetchDetails(slice.items());
        return slice.map(EntityView::of, page.limit(), links.apply(slice.nextCursor()));
    }

    @ReadOnly
    public EntityView get(String key) {
        return EntityView.of(resolve(key));
    }

    /** The entity's id, resolving slugs and old slugs (for relation views such as its articles). */
    public String idOf(String key) {
        return resolve(key).id;
    }

    /**
     * The entity a write model names by id, slug or old slug, for other features that refer to entities (a
     * person's affiliations). Unlike a URL, an old slug in a body needs no redirect: it names one entity.
     */
    public Optional<NamedEntity> find(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return Lookup.find(ResourceType.entity, key, NamedEntity::byId, NamedEntity::bySlug);
    }

    public EntityView create(EntityInput input) {
        return EntityView.of(writes.create(new NamedEntity(), entity -> apply(entity, input)));
    }

    /** Creates an entity as an export carried it: its id, timestamps, version and old slugs are kept. */
    public void restore(EntityInput input, StoredState state) {
        writes.restore(new NamedEntity(), state, entity -> apply(entity, input), slug -> NamedEntity.slugTaken(slug, state.id()));
    }

    /**
     * Every entity's id in an order an import can follow: each parent before its children (then by id). An entity
     * names its parent, which must exist when it is created.
     */
    public List<String> exportOrder() {
        Map<String, String> parents = new HashMap<>();
        em.createQuery("select e.id, p.id from NamedEntity e left join e.parent p", Object[].class).getResultList()
                .forEach(row -> parents.put((String) row[0], (String) row[1]));
        Map<String, Integer> depths = new HashMap<>();
        for (String id : parents.keySet()) {
            int depth = 0;
            for (String up = parents.get(id); up != null && depth <= MAX_DEPTH; up = parents.get(up)) {
                depth++;
            }
            depths.put(id, depth);
        }
        return parents.keySet().stream()
                .sorted(java.util.Comparator.comparing((String id) -> depths.get(id)).thenComparing(id -> id)).toList();
    }

    /** These entities, in the order given, as an export carries them. */
    public List<Exported<EntityInput>> exportOf(List<String> ids) {
        Map<String, NamedEntity> byId = new HashMap<>();
        InLists.query(em, "select e from NamedEntity e where e.id in :ids", NamedEntity.class, "ids", ids)
                .getResultList().forEach(e -> byId.put(e.id, e));
        List<NamedEntity> page = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        NamedEntity.fetchDetails(page);
        Map<String, List<String>> oldSlugs = SlugRedirect.oldSlugsOf(ResourceType.entity, ids);
        return page.stream().map(e -> new Exported<>(EntityInput.of(e), StoredState.of(e, oldSlugs.get(e.id)))).toList();
    }

    public EntityView replace(String key, ExpectedVersion expected, EntityInput input) {
        return EntityView.of(writes.replace(() -> resolve(key), expected, entity -> apply(entity, input)));
    }

    /** A merge patch: the caller's change to the current write model (validated like a PUT body), in one transaction. */
    public EntityView patch(String key, ExpectedVersion expected, UnaryOperator<EntityInput> change) {
        return EntityView.of(writes.patch(() -> resolve(key), expected, EntityInput::of, change, this::apply));
    }

    public void delete(String key, ExpectedVersion expected, boolean force) {
        writes.delete(() -> resolve(key), expected, force);
    }

    private void apply(NamedEntity entity, EntityInput input) {
        NamedEntity parent = parentOf(entity, input.parent()); // before any change: a refusal leaves nothing dirty
        String requested = input.slug() != null ? input.slug() : entity.slug; // a PUT without slug keeps the URL
        entity.slug = slugger.choose(ResourceType.entity, requested, input.name(), entity.id,
                slug -> NamedEntity.slugTaken(slug, entity.id));
        entity.name = input.name().trim();
        entity.kind = input.kind();
        entity.parent = parent;
        entity.countryCode = input.countryCode();
        entity.aliases.clear();
        entity.aliases.addAll(trimmed(input.aliases()));
        entity.sameAs.clear();
        entity.sameAs.addAll(trimmed(input.sameAs()));
        entity.updatedAt = Times.now();
    }

    /** The parent the input names: it must exist, and must not be the entity or below it (no cycles). */
    private NamedEntity parentOf(NamedEntity entity, String key) {
        if (key == null) {
            return null;
        }
        NamedEntity parent = find(key.trim())
                .orElseThrow(() -> invalidParent("no entity '" + key + "'"));
        int depth = 0;
        for (NamedEntity ancestor = parent; ancestor != null && depth < MAX_DEPTH; ancestor = ancestor.parent, depth++) {
            if (ancestor.id.equals(entity.id)) {
                throw invalidParent(ancestor == parent
                        ? "an entity cannot be its own parent"
                        : "'" + parent.slug + "' is below this entity; a parent cannot be one of its descendants");
            }
        }
        return parent;
    }

    /** A body field that refers to something that cannot be used: a 400 naming the field, like Bean Validation's. */
    private static Failure invalidParent(String message) {
        return Failure.invalidFields(List.of(new FieldError("parent", message)));
    }

    private static List<String> trimmed(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).toList();
    }

    private NamedEntity resolve(String key) {
        return Lookup.resolve(ResourceType.entity, key, NamedEntity::byId, NamedEntity::bySlug, e -> e.slug);
    }
}
