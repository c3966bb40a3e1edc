package dev.lede.article;

import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.ResourceWrites;
import dev.lede.platform.resource.RetriedOnUniqueConflict;
import dev.lede.platform.resource.StoredState;
import dev.lede.platform.slug.Lookup;
import dev.lede.platform.slug.Slugger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Article writes and the publishing workflow. Creating has one path for every writer: the API creates a batch of one,
 * an ingest its article, a bulk load the article lines of a batch, all through {@link #create(ArticleInput, boolean,
 * ArticleReferences)} with what the batch refers to fetched once ({@link #references}). Every write appends to the
 * change log in its transaction.
 */
@ApplicationScoped
@Transactional
public class ArticleWriteService {
    @Inject EntityManager em;
    @Inject ChangeLog changeLog;
    @Inject Slugger slugger;
    @Inject ArticleWriter writer;
    @Inject ResourceWrites writes;
    @Inject ArticlePublishing publishing;

    /** Creates one draft: a batch of one, retried on a lost race for its slug. */
    @RetriedOnUniqueConflict
    public ArticleView create(ArticleInput input) {
        return full(insert(input, false, references(List.of(input))));
    }

    /** What these inputs refer to (people, entities, sources, slugs in use), fetched together for a batch of creates. */
    public ArticleReferences references(List<ArticleInput> inputs) {
        return ArticleReferences.fetch(em, inputs);
    }

    /**
     * The one create: checks and resolves the input against {@code refs}, chooses the slug, counts mentions, stores
     * the article and logs "created" (and "published" when {@code publish}), without mapping it to a view (about a
     * dozen queries fewer): bulk answers with counts only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Created create(ArticleInput input, boolean publish, ArticleReferences refs) {
        Article article = insert(input, publish, refs);
        return new Created(article.id, article.slug);
    }

    /** What a batch needs of an article it created: how later lines may name it. */
    public record Created(String id, String slug) {
    }

    private Article insert(ArticleInput input, boolean publish, ArticleReferences refs) {
        Consumer<Article> apply = created -> {
            created.status = ArticleStatus.draft;
            writer.apply(created, input, refs);
        };
        if (!publish) {
            return writes.create(new Article(), apply);
        }
        Instant now = publishing.now();
        return writes.createThen(new Article(), apply, ArticlePublishing.opOfCreate(input, now),
                created -> publishing.publish(created, now));
    }

    /**
     * Creates an article as an export carried it, for an import: its id, timestamps, version, old slugs and publishing
     * state are kept (no publishing happens: it is stored published, withdrawn or draft as it was).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Created restore(ArticleInput input, StoredState state, ArticleReferences refs) {
        Article article = writes.restore(new Article(), state, restored -> {
            writer.apply(restored, input, refs);
            restored.status = state.status() == null ? ArticleStatus.draft : ArticleStatus.valueOf(state.status());
            restored.firstPublishedAt = Times.stored(state.firstPublishedAt());
            restored.withdrawnAt = Times.stored(state.withdrawnAt());
            restored.withdrawalReason = state.withdrawalReason();
            restored.removedAt = Times.stored(state.removedAt());
            restored.removalReason = state.removalReason();
            restored.corrections = state.correctionsOrNone().stream().map(c -> new ArticleCorrection(
                    CorrectionType.valueOf(c.type()), c.text().strip(), Times.stored(c.at()))).toList();
        }, slug -> Article.slugTaken(slug, state.id()));
        return new Created(article.id, article.slug);
    }

    public ArticleView replace(String key, ExpectedVersion expected, ArticleInput input) {
        return full(writes.replace(() -> resolve(key), expected, article -> applyInput(article, input)));
    }

    /** A merge patch: the caller's change to the current write model (validated like a PUT body), in one transaction. */
    public ArticleView patch(String key, ExpectedVersion expected, UnaryOperator<ArticleInput> change) {
        return full(writes.patch(() -> resolve(key), expected, ArticleInputs::of, change, this::applyInput));
    }

    private void applyInput(Article article, ArticleInput input) {
        writer.apply(article, input);
        publishing.refuseLateEmbargo(article);
        if (article.status != ArticleStatus.draft && article.publishedAt == null) {
            article.publishedAt = article.firstPublishedAt; // once published, an article always shows a date
        }
    }

    /**
     * Publishes a draft, withdrawn or embargoed article (embargoed while its embargo is ahead, see
     * {@link ArticlePublishing}). Publishing a published article changes nothing; a killed or taken-down one, 409.
     */
    public ArticleView publish(String key, ExpectedVersion expected) {
        Article article = resolve(key);
        expected.check(article.version);
        ChangeOp op = publishing.publish(article, publishing.now());
        if (op != null) {
            changeLog.append(article, op);
        }
        return full(article);
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

    private ArticleView full(Article article) {
        return ArticleMapper.one(em, article, ArticleMapper.SINGLE_DEFAULT);
    }

    private Article resolve(String key) {
        return Lookup.resolve(ResourceType.article, key, Article::byId, Article::bySlug, a -> a.slug);
    }
}
