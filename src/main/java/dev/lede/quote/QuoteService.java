package dev.lede.quote;

import dev.lede.article.Article;
import dev.lede.article.ArticleEntitlements;
import dev.lede.article.ArticleStatus;
import dev.lede.article.ArticleVisibility;
import dev.lede.article.Quote;
import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.MovedException;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.persistence.ListQuery;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.resource.Exported;
import dev.lede.platform.resource.ReviewQueue;
import dev.lede.platform.resource.StoredResource;
import dev.lede.platform.resource.StoredState;
import dev.lede.platform.security.Entitlements;
import dev.lede.platform.slug.Lookup;
import dev.lede.platform.slug.SlugRedirect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Quote reads, which respect their article's visibility. Writes are {@link QuoteWriteService}'s. */
@ApplicationScoped
@Transactional
public class QuoteService {
    @Inject EntityManager em;
    @Inject QuoteWriteService writes;

    /** A page of quotes and the ids of the speaker, article or scope it is filtered by (renamed or deleted: stale). */
    public record Listing(Page<QuoteView> page, Set<String> filteredBy) {
    }

    /** Narrows a list to the quotes of one person, entity or article ({@code field}: its name in the quote index). */
    public record Scope(String fragment, String parameter, String id, String field) {
    }

    /** Quotes an ingest stored unsure of their speaker, newest first (the review queue's part of quotes). */
    @ReadOnly
    public List<ReviewQueue.Flagged> awaitingReview(ReviewQueue.After after, int limit) {
        return ReviewQueue.flagged(em, ResourceType.quote, "Quote", "text", after, limit);
    }

    @ReadOnly
    public Listing list(QuoteQuery params, Scope scope, boolean admin, Function<String, Page.Links> links) {
        Set<String> filteredBy = new LinkedHashSet<>();
        ListQuery<Quote> query = new ListQuery<>(Quote.class, "q");
        if (!admin) {
            // An EXISTS, not a join (q.article.status): H2 then plans from quote alone and walks ix_quote_created
            // in order for the newest quotes, where the join made it read every quote and sort them.
            query.and("exists (select 1 from Article v where v.id = q.article.id and v.status = :visible)", "visible",
                    ArticleStatus.published);
        }
        if (params.person() != null) {
            query.and("q.speakerPerson.id = :person", "person", remember(filteredBy, idOf(ResourceType.person, params.person(), Person::byId, Person::bySlug)));
        }
        if (params.entity() != null) {
            query.and("q.speakerEntity.id = :entity", "entity", remember(filteredBy, idOf(ResourceType.entity, params.entity(), NamedEntity::byId, NamedEntity::bySlug)));
        }
        if (params.article() != null) {
            query.and("q.article.id = :article", "article", remember(filteredBy, articleIdOf(params.article(), params.entitlements())));
        }
        // The entitlements over the quote's article, each in an EXISTS of its own (as the visibility's, for H2's plan).
        ArticleEntitlements.restrict(query, "v", "exists (select 1 from Article v where v.id = q.article.id and %s)",
                params.entitlements());
        if (!params.fragments()) {
            query.and("q.fragment = false");
        }
        if (scope != null) {
            query.and(scope.fragment(), scope.parameter(), remember(filteredBy, scope.id()));
        }
        SortKey sort = params.sort();
        ListQuery.Slice<Quote> slice = query.page(em, sort, params.page(), q -> sortValue(sort, q), q -> q.id);
        return new Listing(slice.map(QuoteView::of, params.page().limit(), links.apply(slice.nextCursor())), filteredBy);
    }

    @ReadOnly
    public QuoteView get(String key, boolean admin) {
        return get(key, admin, Entitlements.ALL);
    }

    /** A quote as a reader with these entitlements may see it: one of an article outside is not found (by an old slug too). */
    @ReadOnly
    public QuoteView get(String key, boolean admin, Entitlements entitled) {
        Quote quote;
        try {
            quote = Lookup.resolve(ResourceType.quote, key, Quote::byId, Quote::bySlug, q -> q.slug);
        } catch (MovedException moved) {
            if (Quote.bySlug(moved.currentSlug()).filter(q -> ArticleEntitlements.covers(entitled, q.article)).isEmpty()) {
                throw Failure.notFound("quote", key);
            }
            throw moved;
        }
        ArticleVisibility.requireEntitled(quote.article, entitled, "quote", key);
        if (!admin) {
            requireVisible(quote.article, key, "quote");
        }
        return QuoteView.of(quote);
    }

    /** The scope of a relation view: quotes of one person, entity or article (old slugs answer 301). */
    public Scope scope(ResourceType type, String key, boolean admin, Entitlements entitled) {
        return switch (type) {
            case person -> new Scope("q.speakerPerson.id = :scope", "scope",
                    Lookup.resolve(type, key, Person::byId, Person::bySlug, p -> p.slug).id, "person");
            case entity -> new Scope("q.speakerEntity.id = :scope", "scope",
                    Lookup.resolve(type, key, NamedEntity::byId, NamedEntity::bySlug, e -> e.slug).id, "entity");
            case article -> {
                Article article = ArticleVisibility.resolve(key, entitled, "article");
                if (!admin) {
                    requireVisible(article, key, "article");
                }
                yield new Scope("q.article.id = :scope", "scope", article.id, "article");
            }
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    /** The quotes of these articles, each article's in creation order, as an export carries them. */
    public Map<String, List<Exported<QuoteInput>>> exportOfArticles(List<String> articleIds) {
        Map<String, List<Exported<QuoteInput>>> byArticle = new HashMap<>();
        if (articleIds.isEmpty()) {
            return byArticle;
        }
        List<Quote> quotes = InLists.query(em, "select q from Quote q where q.article.id in :ids"
                + " order by q.article.id, q.createdAt, q.id", Quote.class, "ids", articleIds).getResultList();
        Map<String, List<String>> oldSlugs = SlugRedirect.oldSlugsOf(ResourceType.quote, quotes.stream().map(q -> q.id).toList());
        for (Quote quote : quotes) {
            byArticle.computeIfAbsent(quote.article.id, id -> new ArrayList<>())
                    .add(new Exported<>(QuoteInput.of(quote), StoredState.of(quote, oldSlugs.get(quote.id))
                            .withQuoteCuration(quote.pageText, quote.editedAt)));
        }
        return byArticle;
    }

    static String remember(Set<String> ids, String id) {
        ids.add(id);
        return id;
    }

    private static void requireVisible(Article article, String key, String what) {
        ArticleVisibility.requirePublic(article, what, key);
    }

    /** The article of the article filter; one outside the entitlements is refused as a missing one is (400). */
    static String articleIdOf(String key, Entitlements entitled) {
        return Lookup.find(ResourceType.article, key.trim(), Article::byId, Article::bySlug)
                .filter(article -> ArticleEntitlements.covers(entitled, article))
                .orElseThrow(() -> Failure.invalid("article", "no article '" + key + "'")).id;
    }

    /** A filter's person, entity or article (id, slug or old slug); 400 naming the parameter when there is none. */
    static <T extends StoredResource> String idOf(ResourceType type, String key, Function<String, Optional<T>> byId,
                                                          Function<String, Optional<T>> bySlug) {
        return Lookup.find(type, key.trim(), byId, bySlug)
                .orElseThrow(() -> Failure.invalid(type.name(), "no " + type.name() + " '" + key + "'")).id;
    }

    private static Object sortValue(SortKey sort, Quote quote) {
        return sort.name().equals("offset") ? (Object) (quote.offset == null ? 0 : quote.offset) : quote.createdAt;
    }
}
