package dev.lede.entity;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.resource.CatalogService;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.resource.ReviewQueue;
import dev.lede.platform.resource.Exported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Entities: the one place that reads and writes them (the operations every catalog shares are in
 * {@link CatalogService}); what is theirs alone is the parent, which must not make a cycle, and an export order
 * that puts parents first. Reads run in a transaction too: entities are mapped to DTOs before it ends.
 */
@ApplicationScoped
@Transactional
public class EntityService extends CatalogService<NamedEntity, EntityInput, EntityView> {
    /** Deeper than any real hierarchy; stops the ancestor walk should a cycle ever have been stored. */
    private static final int MAX_DEPTH = 100;

    public EntityService() {
        super(NamedEntity.class, NamedEntity::new, EntityView::of, EntityInput::of);
    }

    /** The entity a write model names by id, slug or old slug, for other features (a person's affiliations). */
    @Override
    public Optional<NamedEntity> find(String key) {
        return super.find(key);
    }

    /**
     * Every entity's id in an order an import can follow: each parent before its children (then by id). An entity
     * names its parent, which must exist when it is created.
     */
    public List<String> exportOrder() {
        Map<String, String> parents = new HashMap<>();
        em().createQuery("select e.id, p.id from NamedEntity e left join e.parent p", Object[].class).getResultList()
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
                .sorted(Comparator.comparing((String id) -> depths.get(id)).thenComparing(id -> id)).toList();
    }

    /** These entities, in the order given, as an export carries them. */
    public List<Exported<EntityInput>> exportOf(List<String> ids) {
        Map<String, NamedEntity> byId = new HashMap<>();
        InLists.query(em(), "select e from NamedEntity e where e.id in :ids", NamedEntity.class, "ids", ids)
                .getResultList().forEach(e -> byId.put(e.id, e));
        return exported(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    @Override
    protected Consumer<NamedEntity> fields(NamedEntity resource, EntityInput input) {
        NamedEntity parent = parentOf(resource, input.parent());
        return entity -> {
            entity.kind = input.kind();
            entity.parent = parent;
            entity.countryCode = input.countryCode();
            entity.aliases.clear();
            entity.aliases.addAll(trimmed(input.aliases()));
            entity.sameAs.clear();
            entity.sameAs.addAll(trimmed(input.sameAs()));
            entity.needsReview = Boolean.TRUE.equals(input.needsReview());
        };
    }

    /**
     * A merge: besides the names, the duplicate's external ids and, when the survivor has none (or had the duplicate
     * as its parent), its parent and country code go to the survivor; an editor merging has reviewed it.
     */
    @Override
    protected void absorb(NamedEntity survivor, NamedEntity duplicate) {
        super.absorb(survivor, duplicate);
        duplicate.sameAs.stream().filter(uri -> !survivor.sameAs.contains(uri)).forEach(survivor.sameAs::add);
        if (survivor.parent == null || survivor.parent.id.equals(duplicate.id)) {
            survivor.parent = loops(duplicate.parent, survivor, duplicate) ? null : duplicate.parent;
        }
        survivor.countryCode = survivor.countryCode != null ? survivor.countryCode : duplicate.countryCode;
        survivor.needsReview = false;
    }

    /** Entities an ingest created unsure of them, newest first (the review queue's part of this catalog). */
    @ReadOnly
    public List<ReviewQueue.Flagged> awaitingReview(ReviewQueue.After after, int limit) {
        return ReviewQueue.flagged(em(), ResourceType.entity, "NamedEntity", "name", after, limit);
    }

    @Override
    protected void fetchDetails(List<NamedEntity> page) {
        NamedEntity.fetchDetails(page);
    }

    /** The parent the input names: it must exist, and must not be the entity or below it (no cycles). */
    private NamedEntity parentOf(NamedEntity entity, String key) {
        if (key == null) {
            return null;
        }
        NamedEntity parent = find(key.trim()).orElseThrow(() -> invalidParent("no entity '" + key + "'"));
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

    /** Whether taking this parent would make a cycle: it is the survivor or the duplicate, or below either. */
    private static boolean loops(NamedEntity parent, NamedEntity survivor, NamedEntity duplicate) {
        int depth = 0;
        for (NamedEntity ancestor = parent; ancestor != null && depth < MAX_DEPTH; ancestor = ancestor.parent, depth++) {
            if (ancestor.id.equals(survivor.id) || ancestor.id.equals(duplicate.id)) {
                return true;
            }
        }
        return false;
    }

    /** A body field that refers to something that cannot be used: a 400 naming the field, like Bean Validation's. */
    private static Failure invalidParent(String message) {
        return Failure.invalidFields(List.of(new FieldError("parent", message)));
    }
}
