package dev.lede.article;

import dev.lede.platform.changelog.ListMarkers;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.search.SearchHits;
import dev.lede.platform.search.SearchPaging;
import dev.lede.platform.search.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Article search: the index finds and orders a page of ids with the list's filters and hands back the list views its
 * documents store; what a stored view cannot show (bodies, embeds, a limited key's re-check) is read in the existing
 * batch reads (a bounded number of statements whatever the page), and the facets' ids are turned into names.
 */
@ApplicationScoped
@Transactional
public class ArticleSearchService {
    @Inject EntityManager em;
    @Inject ArticleSearchIndexer indexer;

    /**
     * What a cached search page depends on besides the articles' lists: a rename of a person, entity or source changes
     * which articles match its name, and the index applies a change after its commit (on another node, later).
     */
    static final Set<String> DEPENDS_ON = Set.of(ListMarkers.unnarrowed(ResourceType.person),
            ListMarkers.unnarrowed(ResourceType.entity), ListMarkers.unnarrowed(ResourceType.source),
            ListMarkers.searched(ResourceType.article));

    @ReadOnly
    public ArticleService.Listing list(ArticleQuery query, ArticleSearchQuery search, ArticleFilters.Scope scope,
                                       Function<String, Page.Links> links) {
        Set<String> narrowedTo = new LinkedHashSet<>();
        List<SearchQuery.Filter> filters = filters(query, scope, narrowedTo);
        List<SearchQuery.Range> ranges = List.of(
                new SearchQuery.Range(ArticleDocuments.PUBLISHED_AT, millis(query.publishedAfter()), millis(query.publishedBefore())),
                new SearchQuery.Range(ArticleDocuments.UPDATED_AT, millis(query.updatedSince()), null));
        SearchQuery.Sort sort = search.relevance() ? null : sort(query);
        String sortName = search.relevance() ? "relevance" : query.sort().name();
        boolean listViews = !query.withBody() && query.include().isEmpty() && query.entitlements().unrestricted()
                && indexer.viewsCurrent();
        SearchPaging.Found found = SearchPaging.page(indexer.index(), new SearchQuery(search.text(), ArticleDocuments.FIELDS,
                filters, ranges.stream().filter(r -> r.from() != null || r.to() != null).toList(), sort, null, 0, false,
                search.highlight(), search.facets(), search.facetLimit(), listViews), sortName, query.page());
        List<ArticleView> views = views(found, query);
        Map<String, List<Page.FacetValue>> facets = search.facets().isEmpty() ? null : ArticleSearchFacets.named(em, found.facets());
        Page.Meta meta = new Page.Meta(query.page().limit(), found.next(), found.total(), facets,
                found.highlightsOf(views.stream().map(ArticleView::id).toList()));
        return new ArticleService.Listing(new Page<>(views, meta, links.apply(found.next())), narrowedTo);
    }

    /**
     * The page's views in hit order. A page that shows list views (no body, no embed) to a caller who sees every hit
     * the index finds, while every change committed on this node has reached the index, takes them from the hits'
     * documents; the rest, and any hit stored without a view of today's shape, are read from the database, which also
     * re-checks their state and a limited key's entitlements.
     */
    private List<ArticleView> views(SearchPaging.Found found, ArticleQuery query) {
        Map<String, ArticleView> byId = new HashMap<>();
        for (SearchHits.Hit hit : found.hits()) {
            ArticleView stored = ArticleListViews.decode(hit.view());
            if (stored != null) {
                byId.put(hit.id(), stored);
            }
        }
        List<String> unread = found.ids().stream().filter(id -> !byId.containsKey(id)).toList();
        if (!unread.isEmpty()) {
            List<Article> hits = ArticleSearchPage.read(em, unread, query.status(), query.entitlements(), query.withBody());
            ArticleMapper.map(em, hits, query.include(), query.withBody()).forEach(view -> byId.put(view.id(), view));
        }
        return found.ids().stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The list's filters as the index's, person, entity and source keys resolved to ids as a plain list does. */
    private List<SearchQuery.Filter> filters(ArticleQuery query, ArticleFilters.Scope scope, Set<String> narrowedTo) {
        List<SearchQuery.Filter> filters = new ArrayList<>();
        if (query.status() != null) {
            filters.add(new SearchQuery.Filter("status", List.of(query.status().name())));
        }
        for (ArticleFilters.Scope.Kind kind : ArticleFilters.Scope.Kind.values()) {
            Set<String> keys = switch (kind) {
                case person -> query.people();
                case entity -> query.entities();
                case source -> query.sources();
            };
            if (!keys.isEmpty()) {
                List<String> ids = ArticleFilters.resolveIds(em, kind.type, kind.entityName, keys, kind.name());
                filters.add(new SearchQuery.Filter(kind.name(), ids));
                narrowedTo.addAll(ids);
            }
        }
        if (scope != null) {
            filters.add(new SearchQuery.Filter(scope.kind().name(), List.of(scope.id())));
            narrowedTo.add(scope.id());
        }
        if (query.section() != null) {
            filters.add(new SearchQuery.Filter("section", List.of(query.section())));
        }
        if (!query.tags().isEmpty()) {
            filters.add(new SearchQuery.Filter("tag", query.tags()));
        }
        if (query.language() != null) {
            filters.add(new SearchQuery.Filter("language", List.of(query.language())));
        }
        filters.addAll(ArticleEntitlements.filters(query.entitlements())); // so facets count entitled hits only
        return filters;
    }

    /** An explicit sort: the date of a list with drafts is their creation date when they have no publishedAt. */
    private static SearchQuery.Sort sort(ArticleQuery query) {
        SortKey key = query.sort();
        boolean descending = key.name().startsWith("-");
        return switch (key.name().replace("-", "")) {
            case "publishedAt" -> new SearchQuery.Sort(query.status() == ArticleStatus.published
                    ? ArticleDocuments.PUBLISHED_AT : ArticleDocuments.LISTED_AT, true, descending);
            case "updatedAt" -> new SearchQuery.Sort(ArticleDocuments.UPDATED_AT, true, descending);
            default -> new SearchQuery.Sort("headline", false, descending);
        };
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
