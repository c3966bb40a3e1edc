package dev.lede.article;

import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.slug.Lookup;
import dev.lede.platform.slug.SlugsInUse;
import dev.lede.platform.text.Slugs;
import dev.lede.source.Source;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the article inputs of one write (one article, or a bulk batch) refer to, fetched together: sources, people
 * and entities by id, slug or old slug in a few queries per kind instead of one or more per reference, with the names
 * and aliases that mentions are counted by; and which of the slugs the articles would take are already in use.
 *
 * <p>It holds plain values, no managed entities, so it survives the persistence context being cleared between the
 * lines of a batch; writers attach references with {@link EntityManager#getReference}, which costs no query. A key
 * it did not fetch (a person created by an earlier line of the same batch, or an unknown one) is looked up on its
 * own, as the single-article path always did, so the answers are the same as looking up each key when it is met.
 */
public final class ArticleReferences {
    /** A resolved reference: its id, and the surface forms (name, aliases) its mentions are counted by. */
    record Ref(String id, List<String> forms) {
    }

    private final Map<String, Ref> sources;
    private final Map<String, Ref> people;
    private final Map<String, Ref> entities;
    private SlugsInUse slugs;

    private ArticleReferences(Map<String, Ref> sources, Map<String, Ref> people, Map<String, Ref> entities) {
        this.sources = sources;
        this.people = people;
        this.entities = entities;
    }

    /** Fetches everything these inputs name in about seven queries (per 250 keys), whatever their number. */
    public static ArticleReferences fetch(EntityManager em, Collection<ArticleInput> inputs) {
        Set<String> sourceKeys = new HashSet<>();
        Set<String> personKeys = new HashSet<>();
        Set<String> entityKeys = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (ArticleInput input : inputs) {
            if (input.publisher() != null) {
                sourceKeys.add(input.publisher().trim());
            }
            each(input.credits(), c -> sourceKeys.add(c.source().trim()));
            each(input.bylines(), b -> personKeys.add(b.person().trim()));
            each(input.people(), p -> personKeys.add(p.person().trim()));
            each(input.entities(), e -> entityKeys.add(e.entity().trim()));
            slugs.add(input.slug() != null ? input.slug() : Slugs.fromText(input.headline()));
        }
        ArticleReferences refs = new ArticleReferences(
                refs(Lookup.findIds(em, ResourceType.source, "Source", sourceKeys), Map.of()),
                named(em, "Person", Lookup.findIds(em, ResourceType.person, "Person", personKeys)),
                named(em, "NamedEntity", Lookup.findIds(em, ResourceType.entity, "NamedEntity", entityKeys)));
        refs.fetchSlugs(em, slugs);
        return refs;
    }

    private void fetchSlugs(EntityManager em, Set<String> candidates) {
        slugs = SlugsInUse.fetch(em, ResourceType.article, "Article", candidates, Article::slugTaken);
    }

    Optional<Ref> source(String key) {
        return resolve(sources, key, k -> Lookup.find(ResourceType.source, k, Source::byId, Source::bySlug)
                .map(s -> new Ref(s.id, List.of())));
    }

    Optional<Ref> person(String key) {
        return resolve(people, key, k -> Lookup.find(ResourceType.person, k, Person::byId, Person::bySlug)
                .map(p -> new Ref(p.id, forms(p.name, p.aliases))));
    }

    Optional<Ref> entity(String key) {
        return resolve(entities, key, k -> Lookup.find(ResourceType.entity, k, NamedEntity::byId, NamedEntity::bySlug)
                .map(e -> new Ref(e.id, forms(e.name, e.aliases))));
    }

    /** Whether another article than {@code selfId} holds the slug, now or as an old slug that redirects to it. */
    boolean slugInUse(String slug, String selfId) {
        return slugs.inUse(slug, selfId);
    }

    /** Records the slug an article of this write took, so later articles of the same write avoid it. */
    void claim(String slug, String articleId) {
        slugs.claim(slug, articleId);
    }

    /** A key not fetched up front is looked up alone; only hits are remembered (a miss may be created later). */
    private static Optional<Ref> resolve(Map<String, Ref> known, String key, Function<String, Optional<Ref>> lookup) {
        Ref ref = known.get(key);
        if (ref != null) {
            return Optional.of(ref);
        }
        Optional<Ref> found = lookup.apply(key);
        found.ifPresent(r -> known.put(key, r));
        return found;
    }

    /** The names and aliases of these people or entities (key to id), in one scalar query per chunk of ids. */
    private static Map<String, Ref> named(EntityManager em, String entity, Map<String, String> ids) {
        Map<String, List<String>> forms = new HashMap<>();
        for (List<String> chunk : Lookup.chunks(new HashSet<>(ids.values()))) {
            InLists.query(em, "select x.id, x.name, a from " + entity + " x left join x.aliases a where x.id in :ids",
                            Object[].class, "ids", chunk).getResultList().forEach(row -> {
                        List<String> known = forms.computeIfAbsent((String) row[0], id -> new ArrayList<>(List.of((String) row[1])));
                        if (row[2] != null) {
                            known.add((String) row[2]); // the order of forms does not matter to MentionCounter
                        }
                    });
        }
        return refs(ids, forms);
    }

    private static Map<String, Ref> refs(Map<String, String> ids, Map<String, List<String>> forms) {
        Map<String, Ref> refs = new HashMap<>();
        ids.forEach((key, id) -> refs.put(key, new Ref(id, forms.getOrDefault(id, List.of()))));
        return refs;
    }

    private static List<String> forms(String name, List<String> aliases) {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    private static <T> void each(List<T> items, Consumer<T> action) {
        if (items != null) {
            items.forEach(action);
        }
    }
}
