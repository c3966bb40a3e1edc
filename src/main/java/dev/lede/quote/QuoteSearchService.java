package dev.lede.quote;

import dev.lede.article.ArticleEntitlements;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Quote;
import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.platform.changelog.ListMarkers;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.search.SearchPaging;
import dev.lede.platform.search.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Quote search: the index finds and orders a page of ids with the list's filters, one statement reads them (with
 * their articles and speakers). The database has the last word on visibility: a hit whose article is no longer
 * public is left out even before the index has applied that change.
 */
@ApplicationScoped
@Transactional
public class QuoteSearchService {
    /** A cached search page is stale once the index has applied a change (after its commit, later on other nodes). */
    static final String DEPENDS_ON = ListMarkers.searched(ResourceType.quote);

    @Inject EntityManager em;
    @Inject QuoteSearchIndex index;

    @ReadOnly
    public QuoteService.Listing list(QuoteQuery params, QuoteSearchQuery search, QuoteService.Scope scope, boolean admin,
                                     Function<String, Page.Links> links) {
        Set<String> filteredBy = new LinkedHashSet<>();
        List<SearchQuery.Filter> filters = new ArrayList<>();
        if (!admin) {
            filters.add(new SearchQuery.Filter("status", List.of(ArticleStatus.published.name())));
        }
        if (params.person() != null) {
            filters.add(filter("person", QuoteService.remember(filteredBy,
                    QuoteService.idOf(ResourceType.person, params.person(), Person::byId, Person::bySlug))));
        }
        if (params.entity() != null) {
            filters.add(filter("entity", QuoteService.remember(filteredBy,
                    QuoteService.idOf(ResourceType.entity, params.entity(), NamedEntity::byId, NamedEntity::bySlug))));
        }
        if (params.article() != null) {
            filters.add(filter("article", QuoteService.remember(filteredBy, QuoteService.articleIdOf(params.article(), params.entitlements()))));
        }
        filters.addAll(ArticleEntitlements.filters(params.entitlements())); // the quote's article's, in its document
        if (!params.fragments()) {
            filters.add(filter("fragment", "false"));
        }
        if (scope != null) {
            filters.add(filter(scope.field(), QuoteService.remember(filteredBy, scope.id())));
        }
        String sortName = search.relevance() ? "relevance" : params.sort().name();
        SearchQuery.Sort sort = search.relevance() ? null : new SearchQuery.Sort(sortName.equals("offset")
                ? QuoteDocuments.OFFSET : QuoteDocuments.CREATED_AT, true, sortName.startsWith("-"));
        SearchPaging.Found found = SearchPaging.page(index.index(), new SearchQuery(search.text(), QuoteDocuments.FIELDS,
                filters, List.of(), sort, null, 0, false, search.highlight(), List.of(), 0), sortName, params.page());
        List<QuoteView> views = quotes(found.ids(), admin).stream() // the index may lag a move out of the entitlement
                .filter(quote -> ArticleEntitlements.covers(params.entitlements(), quote.article)).map(QuoteView::of).toList();
        Page.Meta meta = new Page.Meta(params.page().limit(), found.next(), found.total(), null,
                found.highlightsOf(views.stream().map(QuoteView::id).toList()));
        return new QuoteService.Listing(new Page<>(views, meta, links.apply(found.next())), filteredBy);
    }

    private static SearchQuery.Filter filter(String field, String value) {
        return new SearchQuery.Filter(field, List.of(value));
    }

    /** The hits' quotes in hit order, in one statement; one gone, or whose article the caller may no longer see, left out. */
    private List<Quote> quotes(List<String> ids, boolean admin) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Quote> byId = new HashMap<>();
        InLists.query(em, "select q from Quote q join fetch q.article left join fetch q.speakerPerson left join fetch q.speakerEntity"
                + " where q.id in :ids", Quote.class, "ids", ids).getResultList().forEach(q -> byId.put(q.id, q));
        return ids.stream().map(byId::get)
                .filter(q -> q != null && (admin || q.article.status == ArticleStatus.published)).toList();
    }
}
