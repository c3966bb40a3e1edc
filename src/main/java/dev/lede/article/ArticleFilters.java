package dev.lede.article;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.persistence.ListQuery;
import dev.lede.platform.slug.Lookup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the article list query from a checked {@link ArticleQuery}. Each filter is a fixed JPQL fragment; ids, dates and
 * names are bound as parameters.
 */
final class ArticleFilters {
    // The EXISTS ranges over the outer article's own collections (from a.people m), so the SQL probes the mention
    // tables by article id without joining article again. One EXISTS over a UNION ALL, not two EXISTS joined by OR:
    // under an OR, PostgreSQL turns each EXISTS into a hashed subplan and hashes every mention of the person before
    // the first row (195 ms for the newest page of a person named in 41,000 of 100,000 articles); over a UNION ALL it
    // probes the 21 articles it walks (0.2 ms). H2 plans both forms alike (3 index reads).
    // Only the first branch can range over a.people: Hibernate 7 moves the correlated roots of every branch of a
    // union into the first one (a cross join with article_byline that lost the mentions); the second branch names its
    // article by id instead.
    static final String BY_PEOPLE = "exists (select 1 from a.people m where m.person.id in :people"
            + " union all select 1 from Article y join y.bylines b where y.id = a.id and b.person.id in :people)";
    static final String BY_ENTITIES = "exists (select 1 from a.entities m where m.entity.id in :entities)";
    // The same UNION ALL instead of an OR (PostgreSQL hashed every credit of the source: 24 ms against 0.3 ms).
    static final String BY_SOURCES = "exists (select 1 from a.credits c where c.source.id in :sources"
            + " union all select 1 from Article y where y.id = a.id and y.publisher.id in :sources)";
    static final String BY_TAGS = "exists (select 1 from a.tags t where t in :tags)";

    private ArticleFilters() {
    }

    /**
     * The person, entity and source filters for ids named by few articles: the matching articles are fetched by
     * primary key and sorted, instead of walking every article in date order and testing each (what the EXISTS forms
     * do, which is fast only when matches are dense: for a person named in 3 of 100,000 articles it tests them all).
     */
    static final String FEW_PEOPLE = "a.id in (select x.id from Article x join x.people m where m.person.id in :people"
            + " union select y.id from Article y join y.bylines b where b.person.id in :people)";
    static final String FEW_ENTITIES = "a.id in (select x.id from Article x join x.entities m where m.entity.id in :entities)";
    static final String FEW_SOURCES = "a.id in (select x.id from Article x where x.publisher.id in :sources"
            + " union select y.id from Article y join y.credits c where c.source.id in :sources)";
    /** At most this many matching articles count as "few" (fetched and sorted); more walk the date index. */
    static final int FEW = 1000;

    /**
     * The list query, narrowed to {@code scope} for a relation view (null for /v1/articles). The ids of the people,
     * entities and sources it is filtered by are added to {@code narrowedTo} (the response cache keeps the page until
     * an article naming one of them changes).
     */
    static ListQuery<Article> query(EntityManager em, ArticleQuery params, Scope scope, Set<String> narrowedTo) {
        ArticleStatus status = params.status();
        ListQuery<Article> query = new ListQuery<>(Article.class, "a");
        boolean walkDateIndex = true;
        if (status != null) {
            query.and("a.status = :status", "status", status);
        }
        walkDateIndex &= addFilter(query, em, Scope.Kind.person, "people", "person", params.people(), narrowedTo);
        walkDateIndex &= addFilter(query, em, Scope.Kind.entity, "entities", "entity", params.entities(), narrowedTo);
        walkDateIndex &= addFilter(query, em, Scope.Kind.source, "sources", "source", params.sources(), narrowedTo);
        if (params.section() != null) {
            query.and("a.section = :section", "section", params.section());
        }
        if (!params.tags().isEmpty()) {
            query.and(BY_TAGS, "tags", new ArrayList<>(params.tags()));
        }
        if (params.language() != null) {
            query.and("a.language = :language", "language", params.language());
        }
        if (params.publishedAfter() != null) {
            query.and("a.publishedAt >= :publishedAfter", "publishedAfter", params.publishedAfter());
        }
        if (params.publishedBefore() != null) {
            query.and("a.publishedAt < :publishedBefore", "publishedBefore", params.publishedBefore());
        }
        if (params.updatedSince() != null) {
            query.and("a.updatedAt >= :updatedSince", "updatedSince", params.updatedSince());
        }
        // The key's entitlements, last but before the scope: bound to their own parameters (an unrestricted key adds
        // nothing, so its queries and cursors are as before).
        ArticleEntitlements.restrict(query, "a", "%s", params.entitlements());
        if (scope != null) {
            // A relation view (/v1/people/{id}/articles) is the same filter bound to its own parameter, so that
            // ?person= can narrow it further; it picks the same few/many form. Added last, as before it had a
            // choice of form, so that the filters' digest in the cursors it gave out is unchanged.
            walkDateIndex &= scope.kind().apply(query, em, "scope", List.of(scope.id()));
            narrowedTo.add(scope.id());
        }
        if (status != null && walkDateIndex) {
            query.orderedWithin("a.status"); // lets H2 walk ix_article_status_* in order and stop after a page
        }
        return query;
    }

    /**
     * Adds "related to any of these" after resolving ids and slugs (old slugs too) in two queries at most. Returns
     * whether the list should still walk the date index (see {@link Scope.Kind#apply}).
     */
    private static boolean addFilter(ListQuery<Article> query, EntityManager em, Scope.Kind kind, String parameter,
                                     String field, Set<String> keys, Set<String> narrowedTo) {
        if (keys.isEmpty()) {
            return true;
        }
        List<String> ids = resolveIds(em, kind.type, kind.entityName, keys, field);
        narrowedTo.addAll(ids);
        return kind.apply(query, em, parameter, ids);
    }

    /** What a relation view narrows its list to: the articles related to one person, entity or source. */
    record Scope(Kind kind, String id) {
        /** The kinds of resource a list of articles can be filtered by, with the forms of their filter. */
        enum Kind {
            person(ResourceType.person, "Person", "people", BY_PEOPLE, FEW_PEOPLE,
                    probe("article_person", "person_id", "article_byline", "person_id")),
            entity(ResourceType.entity, "NamedEntity", "entities", BY_ENTITIES, FEW_ENTITIES,
                    probe("article_entity", "entity_id")),
            source(ResourceType.source, "Source", "sources", BY_SOURCES, FEW_SOURCES,
                    probe("article", "publisher_id", "article_credit", "source_id"));

            final ResourceType type;
            final String entityName;
            private final String parameter;
            private final String dense;
            private final String few;
            /** SQL: how many links of articles to :ids there are, counting at most FEW + 1 per table (see hasMoreThanFew). */
            final String probe;

            Kind(ResourceType type, String entityName, String parameter, String dense, String few, String probe) {
                this.type = type;
                this.entityName = entityName;
                this.parameter = parameter;
                this.dense = dense;
                this.few = few;
                this.probe = probe;
            }

            /**
             * Adds the filter for these ids, bound to {@code parameter}, in the form that suits how many articles
             * match. Returns whether the list should still walk the date index (many matches). Both forms bind the
             * same parameter, so a cursor stays valid if the count crosses the bound between pages.
             */
            boolean apply(ListQuery<Article> query, EntityManager em, String parameter, List<String> ids) {
                boolean many = hasMoreThanFew(em, ids);
                String fragment = many ? dense : few;
                query.and(fragment.replace(":" + this.parameter, ":" + parameter), parameter, ids);
                return many;
            }

            /**
             * Whether more than FEW links name these ids (mentions and bylines, publisher and credits; an article
             * naming two of them counts twice, which can only choose the many form early). One number from the
             * database, not FEW + 1 rows through Hibernate and the driver (a third of the CPU of a popular person's
             * page on PostgreSQL). SQL, because JPQL reaches a mention table only through a join with article.
             */
            private boolean hasMoreThanFew(EntityManager em, List<String> ids) {
                Query query = em.createNativeQuery(InLists.expand(probe, "ids", ids.size()));
                InLists.bind(query, "ids", ids);
                return ((Number) query.getSingleResult()).longValue() > FEW;
            }

            /**
             * The probe's SQL for these (table, column) pairs: a count per table, each bounded to FEW + 1 index
             * entries, summed. Not one UNION ALL read at offset FEW: H2 then read every entry of the union (41,671
             * for the most named person, and 15 req/s for that person's page instead of 1,121).
             */
            private static String probe(String... tablesAndColumns) {
                List<String> counts = new ArrayList<>();
                for (int i = 0; i < tablesAndColumns.length; i += 2) {
                    counts.add("(select count(*) from (select 1 from " + tablesAndColumns[i] + " where " + tablesAndColumns[i + 1]
                            + " in :ids fetch first " + (FEW + 1) + " rows only) bounded)");
                }
                return "select " + String.join(" + ", counts);
            }
        }
    }

    /**
     * The ids of these keys (ids, slugs or old slugs), in their order, through {@link Lookup#findIds} (one query for
     * ids and one for slugs: a single "id in .. or slug in .." made H2 scan all 10,000 people); 400 naming the field
     * for the first key that matches nothing.
     */
    static List<String> resolveIds(EntityManager em, ResourceType type, String entityName, Set<String> keys, String field) {
        Map<String, String> found = Lookup.findIds(em, type, entityName, keys);
        Set<String> ids = new LinkedHashSet<>();
        for (String key : keys) {
            String id = found.get(key);
            if (id == null) {
                throw Failure.invalid(field, "no " + type + " '" + key + "'");
            }
            ids.add(id);
        }
        return new ArrayList<>(ids);
    }
}
