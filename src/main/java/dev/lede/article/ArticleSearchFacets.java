package dev.lede.article;

import dev.lede.platform.persistence.InLists;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.search.SearchHits;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Facet counts with names: the ids of people, entities and sources resolved in one statement per kind. */
final class ArticleSearchFacets {
    private static final Map<String, String> ENTITIES = Map.of("person", "Person", "entity", "NamedEntity", "source", "Source");

    private ArticleSearchFacets() {
    }

    static Map<String, List<Page.FacetValue>> named(EntityManager em, Map<String, List<SearchHits.FacetCount>> counts) {
        Map<String, List<Page.FacetValue>> facets = new LinkedHashMap<>();
        counts.forEach((facet, values) -> {
            String entity = ENTITIES.get(facet);
            if (entity == null) {
                facets.put(facet, values.stream().map(v -> new Page.FacetValue(null, null, v.value(), v.count())).toList());
                return;
            }
            Map<String, Object[]> named = new HashMap<>();
            if (!values.isEmpty()) {
                InLists.query(em, "select r.id, r.slug, r.name from " + entity + " r where r.id in :ids", Object[].class, "ids",
                        values.stream().map(SearchHits.FacetCount::value).toList()).getResultList().forEach(row -> named.put((String) row[0], row));
            }
            facets.put(facet, values.stream().filter(v -> named.containsKey(v.value())).map(v -> {
                Object[] row = named.get(v.value());
                return new Page.FacetValue(v.value(), (String) row[1], (String) row[2], v.count());
            }).toList());
        });
        return facets;
    }
}
