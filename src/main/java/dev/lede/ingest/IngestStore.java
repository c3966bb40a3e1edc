package dev.lede.ingest;

import dev.lede.article.ArticleInput;
import dev.lede.article.ArticleService;
import dev.lede.article.ArticleView;
import dev.lede.article.ArticleWriteService;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.RetriedOnUniqueConflict;
import dev.lede.platform.resource.StoredState;
import dev.lede.quote.QuoteInput;
import dev.lede.quote.QuoteWriteService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores an extracted page, in one transaction of one style (declared) for every caller. A page whose text was seen
 * before answers its article (unchanged); a page at a URL ingested before whose text changed revises that article
 * (its text, references and quotes become the page's, one "updated" write); a new one is linked to the catalog, its
 * article and quotes are stored, and the page is remembered by its fingerprints: if any step fails, nothing of the
 * page stays, not even the people it named. An ingest that loses
 * a race on a unique slug runs again as a whole ({@link RetriedOnUniqueConflict}), unless it runs inside a caller's
 * transaction (the first-start seed), which it joins. A dry run is the same steps in a new transaction that is then
 * rolled back, so what it shows is exactly what an ingest would store.
 *
 * <p>The one class of ingest that calls the article and quote services, so that moving ingestion to another of
 * their write paths is one change here.
 */
@ApplicationScoped
class IngestStore {
    private static final Set<String> WITH_QUOTES = Set.of("quotes");

    private final CatalogLinker linker;
    private final ArticleService articles;
    private final ArticleWriteService articleWrites;
    private final QuoteWriteService quoteWrites;
    private final Validator validator;
    private final double review;

    IngestStore(CatalogLinker linker, ArticleService articles, ArticleWriteService articleWrites, QuoteWriteService quoteWrites,
                Validator validator, IngestConfig config) {
        this.linker = linker;
        this.articles = articles;
        this.articleWrites = articleWrites;
        this.quoteWrites = quoteWrites;
        this.validator = validator;
        this.review = config.reviewThreshold();
    }

    @Transactional
    @RetriedOnUniqueConflict
    IngestOutcome ingest(ExtractedPage page, boolean publish) {
        return store(page, publish, false);
    }

    /**
     * Marked for rollback only once done: a transaction marked earlier would refuse the connection its work needs.
     * Retried like an ingest when it loses a race to a concurrent one, so that it shows what an ingest would store.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @RetriedOnUniqueConflict
    IngestOutcome rehearse(ExtractedPage page, boolean publish) {
        IngestOutcome outcome = store(page, publish, true);
        QuarkusTransaction.setRollbackOnly();
        return outcome;
    }

    private IngestOutcome store(ExtractedPage page, boolean publish, boolean dryRun) {
        Optional<IngestedPage.Match> seen = IngestedPage.articleMatching(page.textHash(), page.url());
        if (seen.isPresent() && seen.get().sameText()) {
            ArticleView existing = articles.get(seen.get().articleId(), true, WITH_QUOTES);
            return answer(existing, page, Links.of(existing), dryRun, IngestOutcome.Kind.unchanged);
        }
        if (seen.isPresent()) {
            String articleId = seen.get().articleId();
            refuseRemoved(articleId);
            CatalogLinker.Linked linked = linker.link(page.extraction());
            revise(page, linked, articleId);
            IngestedPage.revised(page.url(), page.textHash(), Times.now());
            return answer(articles.get(articleId, true, WITH_QUOTES), page, linked.links(), dryRun, IngestOutcome.Kind.revised);
        }
        CatalogLinker.Linked linked = linker.link(page.extraction());
        String articleId = create(page, linked, publish);
        IngestedPage.remember(new StoredState.IngestedPage(page.textHash(), page.url(), Times.now()), articleId);
        return answer(articles.get(articleId, true, WITH_QUOTES), page, linked.links(), dryRun, IngestOutcome.Kind.created);
    }

    private static IngestOutcome answer(ArticleView article, ExtractedPage page, Links links, boolean dryRun, IngestOutcome.Kind kind) {
        return new IngestOutcome(IngestResults.of(article, page.extraction(), links, dryRun, kind),
                !dryRun && kind == IngestOutcome.Kind.created);
    }

    /** The article (published if asked) as create and publish would store it, then its quotes; answers its id. */
    private String create(ExtractedPage page, CatalogLinker.Linked linked, boolean publish) {
        ArticleInput input = valid(Drafts.article(page.page(), page.extraction(), linked.publisher(), linked.mentions()));
        String id = articleWrites.create(input, publish, articleWrites.references(List.of(input))).id();
        quoteWrites.createFromPage(quotes(page, id, linked));
        return id;
    }

    /**
     * The stored article becomes the page's new version, in its current state (a revision never publishes, withdraws
     * or republishes: a withdrawn article stays withdrawn with the new text), and its quotes the page's: those whose
     * text is gone are deleted, the others kept (updated if their speaker or place changed), the new ones created.
     */
    private void revise(ExtractedPage page, CatalogLinker.Linked linked, String articleId) {
        ArticleInput fresh = valid(Drafts.article(page.page(), page.extraction(), linked.publisher(), linked.mentions()));
        articleWrites.patch(articleId, ExpectedVersion.any(), stored -> Drafts.revision(stored, fresh));
        quoteWrites.revise(articleId, quotes(page, articleId, linked));
    }

    /**
     * A killed or taken-down story must not come back through its page: its notice stands, and the new text is not
     * stored (409 naming the url). An editor who wants it back ingests it at another URL or deletes the article.
     */
    private void refuseRemoved(String articleId) {
        String status = String.valueOf(articles.get(articleId, true, Set.of()).status());
        if (status.equals("killed") || status.equals("taken_down")) {
            throw Failure.conflictOn("url", "the article this URL was ingested into is " + status
                    + "; a new version of its page is not stored");
        }
    }

    private List<QuoteInput> quotes(ExtractedPage page, String articleId, CatalogLinker.Linked linked) {
        return page.extraction().quotes().stream().map(quote -> valid(Drafts.quote(quote, articleId, linked.links(), review))).toList();
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
}
