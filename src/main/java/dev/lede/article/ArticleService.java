package dev.lede.article;

import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.persistence.ListQuery;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.resource.ExportPages;
import dev.lede.platform.resource.Exported;
import dev.lede.platform.resource.StoredState;
import dev.lede.platform.security.Entitlements;
import dev.lede.platform.slug.Lookup;
import dev.lede.platform.slug.SlugRedirect;
import dev.lede.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Article reads, with their visibility rules; every read maps to DTOs before its transaction ends. Writes and the
 * publishing workflow are {@link ArticleWriteService}'s.
 */
@ApplicationScoped
@Transactional
public class ArticleService {
    @Inject EntityManager em;
    @Inject ArticleWriteService writes;

    /**
     * A page of articles. {@code scope} narrows the list for relation views (e.g. one person's articles); fields
     * naming an embed or the body were turned into the query's embeds and body flag at the edge.
     */
    @ReadOnly
    public Listing list(ArticleQuery query, ArticleFilters.Scope scope, Function<String, Page.Links> links) {
        SortKey sort = query.sort();
        Set<String> narrowedTo = new LinkedHashSet<>();
        ListQuery<Article> list = ArticleFilters.query(em, query, scope, narrowedTo);
        ListQuery.Slice<Article> slice = list.page(em, sort, query.page(), a -> sortValue(sort, a), a -> a.id);
        List<ArticleView> views = ArticleMapper.map(em, slice.items(), query.include(), query.withBody());
        Page<ArticleView> result = new Page<>(views, new Page.Meta(query.page().limit(), slice.nextCursor(), slice.total()),
                links.apply(slice.nextCursor()));
        return new Listing(result, narrowedTo);
    }

    /**
     * A page of articles and the ids of the people, entities and sources it is narrowed to (by filters or by a
     * relation view), which say which writes can change it.
     */
    public record Listing(Page<ArticleView> page, Set<String> narrowedTo) {
    }

    /** One article as its readers may see it, with these embeds besides the defaults: drafts only with a key, withdrawn ones as 410 Gone. */
    @ReadOnly
    public ArticleView get(String key, boolean admin, Set<String> include) {
        return get(key, admin, false, include);
    }

    /** {@link #get(String, boolean, Set)}, where an {@code embargoPreview} reader also sees an embargoed article. */
    @ReadOnly
    public ArticleView get(String key, boolean admin, boolean embargoPreview, Set<String> include) {
        return get(key, admin, embargoPreview, Entitlements.ALL, include);
    }

    /** {@link #get(String, boolean, boolean, Set)} for a reader with these entitlements: an article outside is not found. */
    @ReadOnly
    public ArticleView get(String key, boolean admin, boolean embargoPreview, Entitlements entitled, Set<String> include) {
        return view(visible(ArticleVisibility.resolve(key, entitled, "article"), key, admin, embargoPreview), include);
    }

    private ArticleView view(Article article, Set<String> include) {
        Set<String> embeds = new HashSet<>(ArticleMapper.SINGLE_DEFAULT);
        embeds.addAll(include);
        return ArticleMapper.one(em, article, embeds);
    }

    /**
     * {@link #get}, except that a killed or taken-down article a reader without a key asks for is answered by its
     * notice ({@code removal}) rather than thrown: for the formats that tell it in their own terms (ninjs: canceled).
     */
    @ReadOnly
    public Read read(String key, boolean admin, boolean embargoPreview, Entitlements entitled, Set<String> include) {
        Article article = ArticleVisibility.resolve(key, entitled, "article");
        ArticleRemoval removal = admin ? null : ArticleRemoval.of(article);
        if (removal != null) {
            return new Read(null, removal);
        }
        return new Read(view(visible(article, key, admin, embargoPreview), include), null);
    }

    /** An article, or the notice of its removal. */
    public record Read(ArticleView view, ArticleRemoval removal) {
    }

    /** The article, unless this reader may not see it: drafts only with content:read, an embargoed one for a partner's preview. */
    private static Article visible(Article article, String key, boolean admin, boolean embargoPreview) {
        if (!admin && !(embargoPreview && article.status == ArticleStatus.embargoed)) {
            ArticleVisibility.requirePublic(article, "article", key);
        }
        return article;
    }

    /** The articles after {@code afterId} in id order, as an export carries them. */
    public List<Exported<ArticleInput>> exportPage(String afterId, int limit) {
        List<Article> page = ExportPages.after(em, Article.class, afterId, limit);
        if (!page.isEmpty()) {
            for (String links : List.of("tags", "credits", "bylines", "people", "entities")) {
                InLists.query(em, "select a from Article a left join fetch a." + links + " where a in :page", Article.class,
                        "page", page).getResultList();
            }
        }
        Map<String, List<String>> oldSlugs = SlugRedirect.oldSlugsOf(ResourceType.article, page.stream().map(a -> a.id).toList());
        return page.stream().map(a -> new Exported<>(ArticleInputs.exported(a), StoredState.of(a, oldSlugs.get(a.id))
                .withPublishing(a.status.name(), a.firstPublishedAt, a.withdrawnAt, a.withdrawalReason)
                .withRemoval(a.removedAt, a.removalReason)
                .withCorrections(a.corrections.stream().map(c -> new StoredState.Correction(c.type().name(), c.text(), c.at())).toList())))
                .toList();
    }

    /** The scope of a relation view; an old slug of the person, entity or source answers 301. */
    ArticleFilters.Scope scope(ResourceType type, String key) {
        String id = switch (type) {
            case person -> Lookup.resolve(type, key, Person::byId, Person::bySlug, p -> p.slug).id;
            case entity -> Lookup.resolve(type, key, NamedEntity::byId, NamedEntity::bySlug, e -> e.slug).id;
            case source -> Lookup.resolve(type, key, Source::byId, Source::bySlug, s -> s.slug).id;
            default -> throw new IllegalArgumentException(type.name());
        };
        return new ArticleFilters.Scope(ArticleFilters.Scope.Kind.valueOf(type.name()), id);
    }

    private static Object sortValue(SortKey sort, Article article) {
        return switch (sort.name().replace("-", "")) {
            case "publishedAt" -> article.publishedAt != null ? article.publishedAt : article.createdAt;
            case "updatedAt" -> article.updatedAt;
            default -> article.headline;
        };
    }
}
