package dev.lede.article;

import dev.lede.platform.cache.ListScope;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.security.Entitlements;
import dev.lede.platform.web.Selection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * The newest published articles for a public syndication feed (the {@code feed} package): the article list's filters
 * and its reads (the index with q, else the database), but always the public state, newest first, with the bylines,
 * people and entities a feed item names. A key holder gets the same, inside its entitlements.
 */
@ApplicationScoped
public class PublishedArticles {
    private static final Set<String> EMBEDS = Set.of(ArticleMapper.BYLINES, ArticleMapper.PEOPLE, ArticleMapper.ENTITIES);
    private static final Page.Links NO_LINKS = new Page.Links(null, null);

    private final ArticleService articles;
    private final ArticleSearchService search;
    private final LedeConfig config;

    public PublishedArticles(ArticleService articles, ArticleSearchService search, LedeConfig config) {
        this.articles = articles;
        this.search = search;
        this.config = config;
    }

    /**
     * The newest page of {@code filters} (only its filters and limit are read), narrowed to the person, entity or
     * source {@code scopeId} of {@code scopeType} when that is not null, and inside the reader's entitlements, and what
     * the response cache keeps it by.
     */
    public Listed newest(ArticleParams filters, ResourceType scopeType, String scopeId, Entitlements entitlements, boolean withBody) {
        ArticleParams params = publicNewest(filters);
        Selection fields = Selection.parse("fields", withBody ? List.of("body") : null, Set.of("body"));
        ArticleQuery query = params.query(config.api(), false, entitlements, fields);
        ArticleFilters.Scope scope = scopeType == null ? null : articles.scope(scopeType, scopeId);
        ArticleSearchQuery text = params.search();
        if (text != null) {
            ArticleService.Listing found = search.list(query, text, scope, next -> NO_LINKS);
            return new Listed(found.page().data(),
                    new ListScope(ResourceType.article, Set.copyOf(found.narrowedTo()), ArticleSearchService.DEPENDS_ON));
        }
        ArticleService.Listing listing = articles.list(query, scope, next -> NO_LINKS);
        return new Listed(listing.page().data(), ListScope.narrowedTo(ResourceType.article, listing.narrowedTo()));
    }

    /** The filters of the request, in the public state, newest first, with a feed's embeds and no paging. */
    private static ArticleParams publicNewest(ArticleParams filters) {
        ArticleParams params = new ArticleParams();
        params.q = filters.q;
        params.person = filters.person;
        params.entity = filters.entity;
        params.source = filters.source;
        params.section = filters.section;
        params.tag = filters.tag;
        params.language = filters.language;
        params.publishedAfter = filters.publishedAfter;
        params.publishedBefore = filters.publishedBefore;
        params.updatedSince = filters.updatedSince;
        params.limit = filters.limit;
        params.sort = "-publishedAt"; // with q too: a feed is a timeline, not a ranking
        params.include = List.copyOf(EMBEDS);
        return params;
    }

    /**
     * A feed's articles, newest first, with their bylines, people and entities (and body when asked for).
     *
     * @param articles the views, mapped inside the read's transaction
     * @param scope    the lists they belong to, for the response cache
     */
    public record Listed(List<ArticleView> articles, ListScope scope) {
    }
}
