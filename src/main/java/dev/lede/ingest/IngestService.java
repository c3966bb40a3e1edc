package dev.lede.ingest;

import dev.lede.article.ArticleInput;
import dev.lede.article.ArticleService;
import dev.lede.article.ArticleView;
import dev.lede.article.BylineRole;
import dev.lede.article.CreditRole;
import dev.lede.entity.EntityInput;
import dev.lede.entity.EntityKind;
import dev.lede.entity.EntityService;
import dev.lede.ingest.extract.Extraction;
import dev.lede.ingest.extract.Extractor;
import dev.lede.ingest.extract.RawPage;
import dev.lede.person.PersonInput;
import dev.lede.person.PersonService;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.persistence.Times;
import dev.lede.quote.QuoteInput;
import dev.lede.quote.QuoteService;
import dev.lede.source.SourceInput;
import dev.lede.source.SourceKind;
import dev.lede.source.SourceService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a page into linked content in one transaction: the extractor finds what the page holds, this service
 * links it to the catalog (creating what is new) and stores the article with its quotes. A dry run does all of
 * it and rolls back, so what it shows is exactly what an ingest would store.
 */
@ApplicationScoped
public class IngestService {
    private final Extractor extractor;
    private final CatalogNames catalog;
    private final SourceService sources;
    private final EntityService entities;
    private final PersonService people;
    private final ArticleService articles;
    private final QuoteService quotes;
    private final Validator validator;
    private final jakarta.transaction.UserTransaction transaction;

    public IngestService(Extractor extractor, CatalogNames catalog, SourceService sources, EntityService entities,
                         PersonService people, ArticleService articles, QuoteService quotes, Validator validator,
                         jakarta.transaction.UserTransaction transaction) {
        this.extractor = extractor;
        this.catalog = catalog;
        this.sources = sources;
        this.entities = entities;
        this.people = people;
        this.articles = articles;
        this.quotes = quotes;
        this.validator = validator;
        this.transaction = transaction;
    }

    /** The outcome: what to answer, and whether an article was created (201) or found again (200). */
    public record Outcome(IngestResult result, boolean created) {
    }

    public Outcome ingest(RawPage page, boolean dryRun, boolean publish) {
        Extraction extraction = extract(page, catalog.current());
        String hash = Fingerprints.ofArticle(extraction.headline() == null ? "" : extraction.headline().value(), extraction.body());
        String url = Fingerprints.normalisedUrl(page.url());
        if (dryRun) {
            return rehearse(() -> store(page, extraction, hash, url, publish, true));
        }
        return dev.lede.platform.resource.Retry.onUniqueConflict(() -> QuarkusTransaction.requiringNew()
                .call(() -> store(page, extraction, hash, url, publish, false)));
    }

    /**
     * Ingests inside the caller's transaction (the first-start seed, which holds the change log's head lock and
     * has just written the catalog this page should link to). No retry: the caller owns the transaction.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public Outcome ingestHere(RawPage page, boolean publish) {
        Extraction extraction = extract(page, catalog.uncached());
        String hash = Fingerprints.ofArticle(extraction.headline().value(), extraction.body());
        return store(page, extraction, hash, Fingerprints.normalisedUrl(page.url()), publish, false);
    }

    private Extraction extract(RawPage page, dev.lede.ingest.extract.KnownNames known) {
        try {
            return extractor.extract(page, known);
        } catch (Extractor.NoArticleException e) {
            throw Failure.unprocessable("no-article", "No article found", e.getMessage(),
                    Failure.details("found", e.found()));
        }
    }

    /** Runs the whole ingest in a transaction that is always rolled back: it stores nothing, but shows all. */
    private Outcome rehearse(java.util.function.Supplier<Outcome> ingest) {
        try {
            transaction.begin();
            try {
                return ingest.get();
            } finally {
                transaction.rollback();
            }
        } catch (jakarta.transaction.NotSupportedException | jakarta.transaction.SystemException e) {
            throw new IllegalStateException("could not run a dry run in a transaction", e);
        }
    }

    private Outcome store(RawPage page, Extraction extraction, String hash, String url, boolean publish, boolean dryRun) {
        var seen = IngestedPage.articleMatching(hash, url);
        if (seen.isPresent()) {
            ArticleView existing = articles.get(seen.get(), true, List.of("quotes"));
            return new Outcome(IngestResults.of(existing, extraction, Links.of(existing), dryRun, true), false);
        }
        Links links = new Links(Preloaded.load(extraction));
        String publisher = extraction.publisher() == null ? null
                : links.source(extraction.publisher(), SourceKind.publisher, sources);
        Mentions mentions = link(extraction, links);
        // The article and its publication as create and publish would do them, without mapping it to a view twice.
        ArticleInput input = valid(articleInput(page, extraction, publisher, mentions));
        String articleId = articles.createWithoutView(input, publish, articles.references(List.of(input))).id();
        List<QuoteInput> found = new ArrayList<>();
        for (Extraction.QuoteFound quote : extraction.quotes()) {
            found.add(valid(new QuoteInput(null, clip(quote.text(), 10_000), articleId, links.speaker(quote),
                    quote.fragment(), quote.span() == null ? null : quote.span().start())));
        }
        quotes.createAll(found);
        remember(hash, url, articleId);
        ArticleView stored = articles.get(articleId, true, List.of("quotes"));
        return new Outcome(IngestResults.of(stored, extraction, links, dryRun, false), true);
    }

    /** The credits, bylines, people and entities of the page, linked to the catalog (creating what it lacks). */
    private Mentions link(Extraction extraction, Links links) {
        Mentions mentions = new Mentions();
        for (Extraction.SourceFound credit : extraction.credits()) {
            String id = links.source(credit, "wire".equals(credit.role()) ? SourceKind.wire_agency : SourceKind.other, sources);
            mentions.credit(id, creditRole(credit.role()));
        }
        for (Extraction.BylineFound byline : extraction.bylines()) {
            mentions.byline(links.byline(byline, people), bylineRole(byline.role()));
        }
        for (Extraction.PersonFound person : extraction.people()) {
            mentions.person(links.person(person, people), clip(person.role(), 300), person.mentions(), person.firstOffset());
        }
        for (Extraction.EntityFound entity : extraction.entities()) {
            mentions.entity(links.entity(entity, entities), entity.mentions(), entity.firstOffset());
        }
        return mentions;
    }

    private static ArticleInput articleInput(RawPage page, Extraction extraction, String publisher, Mentions mentions) {
        String language = page.languageHint() != null ? page.languageHint()
                : extraction.language() != null ? extraction.language() : "en";
        var published = page.publishedAtHint() != null ? page.publishedAtHint()
                : extraction.publishedAt() == null ? null : extraction.publishedAt().value();
        return new ArticleInput(null, clip(extraction.headline().value(), 500),
                extraction.standfirst() == null ? null : clip(extraction.standfirst().value(), 2000),
                extraction.body(), language, extraction.translatedFrom(), null, List.of(), published, null,
                httpUrl(page.url()), null, publisher, mentions.credits, mentions.bylines, mentions.people, mentions.entities);
    }

    private void remember(String hash, String url, String articleId) {
        IngestedPage page = new IngestedPage();
        page.textHash = hash;
        page.url = url;
        page.articleId = articleId;
        page.ingestedAt = Times.now();
        page.persist();
    }

    /** What the extractor produced must still pass the API's own validation; if not, the page is unprocessable. */
    private <T> T valid(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
            throw new Failure(Failure.Kind.UNPROCESSABLE, "unprocessable-page", "Unprocessable page",
                    "what was extracted from the page is not a valid " + input.getClass().getSimpleName(), errors, null);
        }
        return input;
    }

    private static CreditRole creditRole(String role) {
        for (CreditRole value : CreditRole.values()) {
            if (value.name().equals(role)) {
                return value;
            }
        }
        return CreditRole.other;
    }

    private static BylineRole bylineRole(String role) {
        for (BylineRole value : BylineRole.values()) {
            if (value.name().equals(role)) {
                return value;
            }
        }
        return BylineRole.other;
    }

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String httpUrl(String url) {
        return url != null && url.matches("^https?://\\S+$") && url.length() <= 2000 ? url : null;
    }

    /**
     * The catalog ids that extracted names link to, creating what the catalog lacks (new candidates), so quotes can
     * find their speakers by name afterwards.
     */
    static final class Links {
        final Map<String, String> personIds = new HashMap<>();
        final Map<String, String> entityIds = new HashMap<>();
        final Map<String, String> sourceIds = new HashMap<>();
        final Set<String> created = new java.util.HashSet<>();
        private final Preloaded known;

        Links(Preloaded known) {
            this.known = known;
        }

        /** The links of an article stored before, for answering a duplicate with the ids it names. */
        static Links of(ArticleView stored) {
            Links links = new Links(null);
            stored.people().forEach(p -> links.personIds.put(p.name(), p.id()));
            stored.bylines().forEach(b -> links.personIds.put(b.name(), b.id()));
            stored.entities().forEach(e -> links.entityIds.put(e.name(), e.id()));
            if (stored.publisher() != null) {
                links.sourceIds.put(stored.publisher().name(), stored.publisher().id());
            }
            stored.credits().forEach(c -> links.sourceIds.put(c.name(), c.id()));
            return links;
        }

        String source(Extraction.SourceFound found, SourceKind kind, SourceService service) {
            return sourceIds.computeIfAbsent(found.name(), name -> found.knownId() != null && known.isSource(found.knownId()) ? found.knownId()
                    : existing(dev.lede.source.Source.class, name) != null ? existing(dev.lede.source.Source.class, name)
                    : mark(service.create(new SourceInput(null, clip(name, 300), kind, null, null, null, List.of())).id()));
        }

        String byline(Extraction.BylineFound found, PersonService service) {
            return personIds.computeIfAbsent(found.name(), name -> found.knownId() != null ? found.knownId()
                    : existing(dev.lede.person.Person.class, name) != null ? existing(dev.lede.person.Person.class, name)
                    : mark(service.create(new PersonInput(null, clip(name, 300), List.of(), null, List.of(), List.of())).id()));
        }

        String person(Extraction.PersonFound found, PersonService service) {
            String id = personIds.computeIfAbsent(found.name(), name -> found.knownId() != null ? found.knownId()
                    : existing(dev.lede.person.Person.class, name) != null ? existing(dev.lede.person.Person.class, name)
                    : mark(service.create(new PersonInput(null, clip(name, 300), otherForms(name, found.forms()),
                    clip(found.role(), 1000), List.of(), List.of())).id()));
            found.forms().forEach(form -> personIds.putIfAbsent(form, id));
            return id;
        }

        String entity(Extraction.EntityFound found, EntityService service) {
            String id = entityIds.computeIfAbsent(found.name(), name -> found.knownId() != null ? found.knownId()
                    : existing(dev.lede.entity.NamedEntity.class, name) != null ? existing(dev.lede.entity.NamedEntity.class, name)
                    : mark(service.create(new EntityInput(null, clip(name, 300), entityKind(found.kind()),
                    otherForms(name, found.forms()), null, null, List.of())).id()));
            found.forms().forEach(form -> entityIds.putIfAbsent(form, id));
            return id;
        }

        QuoteInput.SpeakerInput speaker(Extraction.QuoteFound quote) {
            if (quote.speakerName() == null) {
                return null;
            }
            String type = "entity".equals(quote.speakerType()) ? "entity" : "person";
            String id = (type.equals("entity") ? entityIds : personIds).get(quote.speakerName());
            return id == null ? null : new QuoteInput.SpeakerInput(type, id);
        }

        /**
         * An item of that exact name (any case) that the catalog snapshot did not know yet: created moments ago,
         * perhaps by the previous ingest. Linking to it keeps two ingests in a row from making duplicates.
         */
        private static String existing(Class<?> type, String name) {
            String entity = type.getAnnotation(jakarta.persistence.Entity.class).name();
            String jpql = "select r.id from " + (entity.isEmpty() ? type.getSimpleName() : entity)
                    + " r where lower(r.name) = :name order by r.createdAt";
            return io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createQuery(jpql, String.class)
                    .setParameter("name", name.toLowerCase(java.util.Locale.ROOT)).setMaxResults(1)
                    .getResultStream().findFirst().orElse(null);
        }

        boolean isNew(String id) {
            return id != null && created.contains(id);
        }

        private String mark(String id) {
            created.add(id);
            return id;
        }

        private static List<String> otherForms(String name, List<String> forms) {
            return forms.stream().filter(form -> !form.equals(name)).map(form -> clip(form, 300)).distinct().limit(50).toList();
        }

        private static EntityKind entityKind(String kind) {
            for (EntityKind value : EntityKind.values()) {
                if (value.name().equals(kind)) {
                    return value;
                }
            }
            return EntityKind.other;
        }
    }
}
