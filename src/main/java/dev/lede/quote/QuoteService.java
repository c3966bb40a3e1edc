package dev.lede.quote;

import dev.lede.article.Article;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Quote;
import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.platform.cache.ListScope;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.persistence.ListQuery;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.Exported;
import dev.lede.platform.resource.ResourceWrites;
import dev.lede.platform.resource.StoredState;
import dev.lede.platform.slug.Lookup;
import dev.lede.platform.slug.SlugRedirect;
import dev.lede.platform.slug.Slugger;
import dev.lede.platform.text.Slugs;
import dev.lede.platform.web.Params;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Quotes: reads that respect their article's visibility, and writes that log to the change log. */
@ApplicationScoped
@Transactional
public class QuoteService {
    static final Map<String, SortKey> SORTS = new HashMap<>();

    static {
        SORTS.putAll(SortKey.both("createdAt", "q.createdAt", true));
        SORTS.put("offset", SortKey.numeric("offset", "coalesce(q.offset, 0)"));
    }

    private final EntityManager em;
    private final ResourceWrites writes;
    private final Slugger slugger;
    private final LedeConfig config;
    private final ChangeLog changeLog;

    public QuoteService(EntityManager em, ResourceWrites writes, Slugger slugger, LedeConfig config,
                        ChangeLog changeLog) {
        this.em = em;
        this.writes = writes;
        this.slugger = slugger;
        this.config = config;
        this.changeLog = changeLog;
    }

    /** A page of quotes and the ids of the speaker, article or scope it is filtered by (renamed or deleted: stale). */
    public record Listing(Page<QuoteView> page, Set<String> filteredBy) {
        public ListScope scope() {
            return ListScope.filteredBy(ResourceType.quote, filteredBy);
        }
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
                    .add(new Exported<>(QuoteInput.of(quote), StoredState.of(quote, oldSlugs.get(quote.id))));
        }
        return byArticle;
    }

    @ReadOnly
    public Listing list(QuoteParams params, Scope scope, boolean admin, Function<String, Page.Links> links) {
        Set<String> filteredBy = new LinkedHashSet<>();
        PageRequest page = params.page(config.api());
        SortKey sort = SortKey.parse(params.sort, scope != null && scope.fragment().startsWith("q.article") ? "offset" : "-createdAt", SORTS);
        ListQuery<Quote> query = new ListQuery<>(Quote.class, "q");
        if (!admin) {
            // An EXISTS, not a join (q.article.status): H2 then plans from quote alone and walks ix_quote_created
            // in order for the newest quotes, where the join made it read every quote and sort them.
            query.and("exists (select 1 from Article v where v.id = q.article.id and v.status = :visible)", "visible",
                    ArticleStatus.published);
        }
        if (params.person != null) {
            query.and("q.speakerPerson.id = :person", "person", remember(filteredBy, person(params.person, "person").id));
        }
        if (params.entity != null) {
            query.and("q.speakerEntity.id = :entity", "entity", remember(filteredBy, entity(params.entity, "entity").id));
        }
        if (params.article != null) {
            query.and("q.article.id = :article", "article", remember(filteredBy, article(params.article, "article").id));
        }
        if (params.fragments != null && !Params.bool("fragments", params.fragments)) {
            query.and("q.fragment = false");
        }
        if (scope != null) {
            query.and(scope.fragment(), scope.parameter(), remember(filteredBy, scope.id()));
        }
        ListQuery.Slice<Quote> slice = query.page(em, sort, page, q -> sortValue(sort, q), q -> q.id);
        return new Listing(slice.map(QuoteView::of, page.limit(), links.apply(slice.nextCursor())), filteredBy);
    }

    private static String remember(Set<String> ids, String id) {
        ids.add(id);
        return id;
    }

    @ReadOnly
    public QuoteView get(String key, boolean admin) {
        Quote quote = resolve(key);
        if (!admin) {
            requireVisible(quote.article, key, "quote");
        }
        return QuoteView.of(quote);
    }

    public QuoteView create(QuoteInput input) {
        return QuoteView.of(writes.create(new Quote(), quote -> apply(quote, input)));
    }

    /**
     * Creates several quotes (an ingest stores a dozen), each as {@link #create} would, in the same order: same
     * checks, same slugs, one "created" change-log event each. What differs is the cost: the slugs of all are
     * chosen with one query, the inserts go out in one batch and the change log's head is advanced once, instead
     * of about eight statements per quote (a slug query per candidate, a redirect query, a flush and three
     * statements of change log). Requested slugs are checked one by one, as {@link #create} does.
     */
    public List<String> createAll(List<QuoteInput> inputs) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        if (inputs.stream().anyMatch(input -> input.slug() != null)) {
            return inputs.stream().map(input -> create(input).id()).toList();
        }
        List<Quote> quotes = new ArrayList<>();
        for (QuoteInput input : inputs) {
            Quote quote = new Quote();
            quote.id = dev.lede.platform.persistence.Ids.newId();
            quote.createdAt = Times.now();
            fill(quote, input, references(quote, input));
            quotes.add(quote);
        }
        List<String> slugs = QuoteSlugs.in(em).choose(inputs.stream().map(i -> Slugs.fromText(QuoteRules.slugName(i.text()))).toList(),
                quotes.stream().map(q -> q.id).toList());
        for (int i = 0; i < quotes.size(); i++) {
            quotes.get(i).slug = slugs.get(i);
            em.persist(quotes.get(i));
        }
        logCreated(quotes);
        return quotes.stream().map(q -> q.id).toList();
    }

    /**
     * One "created" event per quote, in order. The inserts go to the database together: the change log does not
     * flush for a created resource, and it numbers and inserts its events only as the transaction commits.
     */
    private void logCreated(List<Quote> quotes) {
        quotes.forEach(quote -> changeLog.append(quote, ChangeOp.created));
    }

    public QuoteView replace(String key, ExpectedVersion expected, QuoteInput input) {
        return QuoteView.of(writes.replace(() -> resolve(key), expected, quote -> apply(quote, input)));
    }

    /** A merge patch: the caller's change to the current write model (validated like a PUT body), in one transaction. */
    public QuoteView patch(String key, ExpectedVersion expected, UnaryOperator<QuoteInput> change) {
        return QuoteView.of(writes.patch(() -> resolve(key), expected, QuoteInput::of, change, this::apply));
    }

    public void delete(String key, ExpectedVersion expected) {
        writes.delete(() -> resolve(key), expected, false); // nothing refers to a quote
    }

    /** The scope of a relation view: quotes of one person, entity or article (old slugs answer 301). */
    public Scope scope(ResourceType type, String key, boolean admin) {
        return switch (type) {
            case person -> new Scope("q.speakerPerson.id = :scope", "scope",
                    Lookup.resolve(type, key, Person::byId, Person::bySlug, p -> p.slug).id);
            case entity -> new Scope("q.speakerEntity.id = :scope", "scope",
                    Lookup.resolve(type, key, NamedEntity::byId, NamedEntity::bySlug, e -> e.slug).id);
            case article -> {
                Article article = Lookup.resolve(type, key, Article::byId, Article::bySlug, a -> a.slug);
                if (!admin) {
                    requireVisible(article, key, "article");
                }
                yield new Scope("q.article.id = :scope", "scope", article.id);
            }
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    private void apply(Quote quote, QuoteInput input) {
        Article article = references(quote, input);
        String requested = input.slug() != null ? input.slug() : quote.slug;
        quote.slug = slugger.choose(ResourceType.quote, requested, QuoteRules.slugName(input.text()), quote.id,
                slug -> Quote.slugTaken(slug, quote.id));
        fill(quote, input, article);
    }

    /** Resolves the article and the speaker (setting the speaker), refusing unknown ones with the field named. */
    private static Article references(Quote quote, QuoteInput input) {
        List<FieldError> errors = new ArrayList<>();
        Article article = Lookup.find(ResourceType.article, input.article().trim(), Article::byId, Article::bySlug).orElse(null);
        if (article == null) {
            errors.add(new FieldError("article", "no article '" + input.article() + "'"));
        }
        quote.speakerPerson = null;
        quote.speakerEntity = null;
        if (input.speaker() != null) {
            String id = input.speaker().id().trim();
            if (input.speaker().type().equals("person")) {
                quote.speakerPerson = Lookup.find(ResourceType.person, id, Person::byId, Person::bySlug).orElse(null);
            } else {
                quote.speakerEntity = Lookup.find(ResourceType.entity, id, NamedEntity::byId, NamedEntity::bySlug).orElse(null);
            }
            if (quote.speakerPerson == null && quote.speakerEntity == null) {
                errors.add(new FieldError("speaker.id", "no " + input.speaker().type() + " '" + id + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw Failure.invalidFields(errors);
        }
        return article;
    }

    private static void fill(Quote quote, QuoteInput input, Article article) {
        quote.article = article;
        QuoteRules.applyText(quote, input, article.body);
    }

    private static void requireVisible(Article article, String key, String what) {
        if (article.status == ArticleStatus.draft) {
            throw Failure.notFound(what, key);
        }
        if (article.status == ArticleStatus.withdrawn) {
            throw Failure.withdrawn(article.id, article.withdrawnAt, article.withdrawalReason);
        }
    }

    private static Person person(String key, String field) {
        return Lookup.find(ResourceType.person, key.trim(), Person::byId, Person::bySlug)
                .orElseThrow(() -> Failure.invalid(field, "no person '" + key + "'"));
    }

    private static NamedEntity entity(String key, String field) {
        return Lookup.find(ResourceType.entity, key.trim(), NamedEntity::byId, NamedEntity::bySlug)
                .orElseThrow(() -> Failure.invalid(field, "no entity '" + key + "'"));
    }

    private static Article article(String key, String field) {
        return Lookup.find(ResourceType.article, key.trim(), Article::byId, Article::bySlug)
                .orElseThrow(() -> Failure.invalid(field, "no article '" + key + "'"));
    }

    private Quote resolve(String key) {
        return Lookup.resolve(ResourceType.quote, key, Quote::byId, Quote::bySlug, q -> q.slug);
    }

    private static Object sortValue(SortKey sort, Quote quote) {
        return sort.name().equals("offset") ? (Object) (quote.offset == null ? 0 : quote.offset) : quote.createdAt;
    }

    /** Narrows a list to the quotes of one person, entity or article. */
    public record Scope(String fragment, String parameter, String id) {
    }
}
