package dev.lede.article;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.search.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who is named with whom, counted by the article index (one pass over the matching documents' keyword values, no
 * SQL): per person and entity, in how many published articles of a window it is named, among those naming a subject.
 */
@ApplicationScoped
public class ArticleCoMentions {
    private static final Map<ResourceType, String> FIELDS = Map.of(ResourceType.person, ArticleDocuments.MENTIONED,
            ResourceType.entity, "entity");
    private static final Map<ResourceType, String> WITH_SOURCES = Map.of(ResourceType.person, ArticleDocuments.MENTIONED,
            ResourceType.entity, "entity", ResourceType.source, "source");

    @Inject ArticleSearchIndexer indexer;

    /**
     * Whether the index holds every article: false only while a missing index is first built, when counts would be
     * partial.
     */
    public boolean complete() {
        return indexer.feeder().status().complete();
    }

    /**
     * Per type (person, entity), each one named in the published articles that name the subject (all published
     * articles when {@code subjectId} is null) and published in [after, before) (either bound may be null), with the
     * number of those articles.
     */
    public Map<ResourceType, Map<String, Long>> named(ResourceType subjectType, String subjectId, Instant after, Instant before) {
        List<SearchQuery.Filter> filters = new ArrayList<>();
        filters.add(new SearchQuery.Filter("status", List.of(ArticleStatus.published.name())));
        if (subjectId != null) {
            filters.add(new SearchQuery.Filter(FIELDS.get(subjectType), List.of(subjectId)));
        }
        List<SearchQuery.Range> ranges = after == null && before == null ? List.of() : List.of(new SearchQuery.Range(
                ArticleDocuments.PUBLISHED_AT, after == null ? null : after.toEpochMilli(), before == null ? null : before.toEpochMilli()));
        return tally(filters, ranges, FIELDS);
    }

    /**
     * Per person, entity and source, in how many published articles it is named, in one pass (typeahead's ranking): a
     * source is named by the articles it publishes or is credited on, so a wire agency ranks by the copy it supplies.
     */
    public Map<ResourceType, Map<String, Long>> namedInPublished() {
        return tally(List.of(new SearchQuery.Filter("status", List.of(ArticleStatus.published.name()))), List.of(), WITH_SOURCES);
    }

    private Map<ResourceType, Map<String, Long>> tally(List<SearchQuery.Filter> filters, List<SearchQuery.Range> ranges,
                                                       Map<ResourceType, String> fields) {
        Map<String, Map<String, Long>> counts = indexer.index().tally(filters, ranges, List.copyOf(fields.values()));
        Map<ResourceType, Map<String, Long>> named = new EnumMap<>(ResourceType.class);
        fields.forEach((type, field) -> named.put(type, counts.getOrDefault(field, Map.of())));
        return named;
    }
}
