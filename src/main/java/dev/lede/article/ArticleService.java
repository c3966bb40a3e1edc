package dev.lede.article;

import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.platform.cache.ListScope;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.persistence.ListQuery;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.ExportPages;
import dev.lede.platform.resource.Exported;
import dev.lede.platform.resource.ResourceWrites;
import dev.lede.platform.resource.StoredState;
import dev.lede.platform.slug.Lookup;
import dev.lede.platform.slug.SlugRedirect;
import dev.lede.platform.slug.Slugger;
import dev.lede.platform.web.Selection;
import dev.lede.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Articles: reads (with visibility rules), writes, and the publishing workflow. Every write appends to the
 * change log in its transaction; every read maps to DTOs before the transaction ends.
 */
@ApplicationScoped
@Transactional
public class ArticleService {
    private final EntityManager em;
    private final ChangeLog changeLog;
    private final Slugger slugger;
    private final ArticleWriter writer;
    private final ResourceWrites writes;
    private final LedeConfig config;

    public ArticleService(EntityManager em, ChangeLog changeLog, Slugger slugger, ArticleWriter writer, LedeConfig config,
                          ResourceWrites writes) {
        this.em = em;
        this.changeLog = changeLog;
        this.slugger = slugger;
        this.writer = writer;
        this.writes = writes;
        this.config = config;
    }

    /**
     * A page of articles. {@code scope} narrows the list for relation views (e.g. one person's articles);
     * fields naming an embed or the body imply loading it.
     */
    @ReadOnly
    public Listing list(ArticleParams params, ArticleFilters.Scope scope, boolean admin, Selection fields,
                        Function<String, Page.Links> links) {
        PageRequest page = params.page(config.api());
        ArticleStatus status = ArticleFilters.statusOf(params.status, admin);
        SortKey sort = ArticleFilters.sortOf(params.sort, status);
        Set<String> include = includes(params.include, fields);
        Set<String> narrowedTo = new LinkedHashSet<>();
        ListQuery<Article> query = ArticleFilters.query(em, params, status, scope, narrowedTo);
        ListQuery.Slice<Article> slice = query.page(em, sort, page, a -> sortValue(sort, a), a -> a.id);
        List<ArticleView> views = ArticleMapper.map(em, slice.items(), include, fields.has("body"));
        Page<ArticleView> result = new Page<>(views, new Page.Meta(page.limit(), slice.nextCursor(), slice.total()),
                links.apply(slice.nextCursor()));
        return new Listing(result, narrowedTo);
    }

    /**
     * A page of articles and the ids of the people, entities and sources it is narrowed to (by filters or by a
     * relation view), which say which writes can change it.
     */
    public record Listing(Page<ArticleView> page, Set<String> narrowedTo) {
        public ListScope scope() {
            return ListScope.narrowedTo(ResourceType.article, narrowedTo);
        }
    }

    /** One article as its readers may see it: drafts only with a key, withdrawn ones as 410 Gone. */
    @ReadOnly
    public ArticleView get(String key, boolean admin, List<String> include) {
        Article article = resolve(key);
        if (!admin) {
            if (article.status == ArticleStatus.draft) {
                throw Failure.notFound("article", key);
            }
            if (article.status == ArticleStatus.withdrawn) {
                throw Failure.withdrawn(article.id, article.withdrawnAt, article.withdrawalReason);
            }
        }
        Set<String> embeds = new HashSet<>(ArticleMapper.SINGLE_DEFAULT);
        embeds.addAll(includes(include, Selection.parse("fields", null, Set.of())));
        return ArticleMapper.one(em, article, embeds);
    }

    /** The id of a visible article (for its quotes); same visibility rules as {@link #get}. */
    public String visibleId(String key, boolean admin) {
        Article article = resolve(key);
        if (!admin && article.status == ArticleStatus.draft) {
            throw Failure.notFound("article", key);
        }
        if (!admin && article.status == ArticleStatus.withdrawn) {
            throw Failure.withdrawn(article.id, article.withdrawnAt, article.withdrawalReason);
        }
        return article.id;
    }

    public ArticleView create(ArticleInput input) {
        return full(insert(input));
    }

    /**
     * Creates an article and optionally publishes it, with the same checks and change-log events as
     * {@link #create} and {@link #publish}, without mapping it to a view (about a dozen queries fewer): for bulk
     * loads, which answer with counts only. {@code refs} holds what the batch refers to, fetched once for all of
     * its articles ({@link #references}).
     */
    public Created createWithoutView(ArticleInput input, boolean publish, ArticleReferences refs) {
        Consumer<Article> apply = created -> {
            created.status = ArticleStatus.draft;
            writer.apply(created, input, refs);
        };
        Article article = publish ? writes.createThen(new Article(), apply, ChangeOp.published, ArticleService::markPublished)
                : writes.create(new Article(), apply);
        return new Created(article.id, article.slug);
    }

    /**
     * Creates an article as an export carried it, for an import: its id, timestamps, version, old slugs and publishing
     * state are kept (no publishing happens: it is stored published, withdrawn or draft as it was).
     */
    public Created restoreWithoutView(ArticleInput input, StoredState state, ArticleReferences refs) {
        Article article = writes.restore(new Article(), state, restored -> {
            writer.apply(restored, input, refs);
            restored.status = state.status() == null ? ArticleStatus.draft : ArticleStatus.valueOf(state.status());
            restored.firstPublishedAt = Times.stored(state.firstPublishedAt());
            restored.withdrawnAt = Times.stored(state.withdrawnAt());
            restored.withdrawalReason = state.withdrawalReason();
        }, slug -> Article.slugTaken(slug, state.id()));
        return new Created(article.id, article.slug);
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
                .withPublishing(a.status.name(), a.firstPublishedAt, a.withdrawnAt, a.withdrawalReason))).toList();
    }

    /** What a bulk load needs of an article it created: how later lines may name it. */
    public record Created(String id, String slug) {
    }

    /** What these inputs refer to, fetched together, for {@link #createWithoutView}. */
    public ArticleReferences references(List<ArticleInput> inputs) {
        return ArticleReferences.fetch(em, inputs);
    }

    private Article insert(ArticleInput input) {
        return writes.create(new Article(), article -> {
            article.status = ArticleStatus.draft;
            writer.apply(article, input);
        });
    }

    public ArticleView replace(String key, ExpectedVersion expected, ArticleInput input) {
        return full(writes.replace(() -> resolve(key), expected, article -> applyInput(article, input)));
    }

    private void applyInput(Article article, ArticleInput input) {
        writer.apply(article, input);
        if (article.status != ArticleStatus.draft && article.publishedAt == null) {
            article.publishedAt = article.firstPublishedAt; // once published, an article always shows a date
        }
    }

    /** A merge patch: the caller's change to the current write model (validated like a PUT body), in one transaction. */
    public ArticleView patch(String key, ExpectedVersion expected, UnaryOperator<ArticleInput> change) {
        return full(writes.patch(() -> resolve(key), expected, ArticleInputs::of, change, this::applyInput));
    }

    /** Publishes a draft or a withdrawn article. Publishing a published article changes nothing. */
    public ArticleView publish(String key, ExpectedVersion expected) {
        Article article = resolve(key);
        expected.check(article.version);
        publish(article);
        return full(article);
    }

    private void publish(Article article) {
        if (markPublished(article)) {
            changeLog.append(article, ChangeOp.published);
        }
    }

    /** Publishes a draft or withdrawn article in memory; false when it already was published. */
    private static boolean markPublished(Article article) {
        if (article.status == ArticleStatus.published) {
            return false;
        }
        Instant now = Times.now();
        article.status = ArticleStatus.published;
        article.publishedAt = article.publishedAt != null ? article.publishedAt : now;
        article.firstPublishedAt = article.firstPublishedAt != null ? article.firstPublishedAt : article.publishedAt;
        article.withdrawnAt = null;
        article.withdrawalReason = null;
        article.updatedAt = now;
        return true;
    }

    /** Withdraws a published article; it then answers 410 with the notice. Drafts cannot be withdrawn. */
    public ArticleView withdraw(String key, ExpectedVersion expected, WithdrawalInput notice) {
        Article article = resolve(key);
        expected.check(article.version);
        if (article.status == ArticleStatus.draft) {
            throw Failure.conflict("a draft cannot be withdrawn: it was never published; delete it instead",
                    (java.util.Map<String, Object>) null);
        }
        if (article.status == ArticleStatus.published) {
            article.status = ArticleStatus.withdrawn;
            article.withdrawnAt = Times.now();
            article.withdrawalReason = notice.reason().trim();
            article.updatedAt = article.withdrawnAt;
            changeLog.append(article, ChangeOp.withdrawn);
        }
        return full(article);
    }

    /** Deletes the article and its quotes; each disappears from the change log's point of view too. */
    public void delete(String key, ExpectedVersion expected) {
        Article article = resolve(key);
        expected.check(article.version);
        for (Quote quote : Quote.<Quote>list("article.id", article.id)) {
            slugger.forget(quote.id);
            quote.delete();
            changeLog.append(quote, ChangeOp.deleted);
        }
        slugger.forget(article.id);
        article.delete();
        changeLog.append(article, ChangeOp.deleted);
    }

    /** Whether any article exists (the seed loader runs only on an empty database). */
    public boolean isEmpty() {
        return Article.countAll() == 0;
    }

    private ArticleView full(Article article) {
        return ArticleMapper.one(em, article, ArticleMapper.SINGLE_DEFAULT);
    }

    private Article resolve(String key) {
        return Lookup.resolve(ResourceType.article, key, Article::byId, Article::bySlug, a -> a.slug);
    }

    private static Set<String> includes(List<String> include, Selection fields) {
        Selection parsed = Selection.parse("include", include, ArticleMapper.INCLUDES);
        Set<String> result = new HashSet<>();
        for (String name : ArticleMapper.INCLUDES) {
            String field = name.equals(ArticleMapper.SOURCE) ? "publisher" : name;
            if (parsed.has(name) || fields.has(field)) {
                result.add(name);
            }
        }
        return result;
    }

    private static Object sortValue(SortKey sort, Article article) {
        return switch (sort.name().replace("-", "")) {
            case "publishedAt" -> article.publishedAt != null ? article.publishedAt : article.createdAt;
            case "updatedAt" -> article.updatedAt;
            default -> article.headline;
        };
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
}
