package dev.lede.article;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a revision of an article for every change event about it, in the writer's transaction. It hears the change
 * log rather than each write method, so every article write is covered, those added later included: each appends an
 * event ({@link ChangeLog#append}), whose {@link ChangeLog.Committed} is fired synchronously inside the transaction with
 * the article in its final state for that event in the persistence context (so finding it runs no SQL). A deletion
 * stores nothing: the revisions go with the article (ON DELETE CASCADE).
 *
 * <p>Cost: a create reads nothing (it is revision 1); any other write reads the article's latest revision once per
 * transaction (its number and snapshot, to say what changed), later events of the same transaction use what the
 * previous one left. A bulk batch of 500 creates adds 500 (or 1,000 with publishing) batched inserts and no read.
 */
@ApplicationScoped
public class ArticleRevisions {
    /** Fields that every write changes, so naming them would say nothing. */
    private static final List<String> BOOKKEEPING = List.of("createdAt", "updatedAt");

    @Inject EntityManager em;
    @Inject TransactionSynchronizationRegistry transaction;

    void record(@Observes ChangeLog.Committed change) {
        if (change.type() != ResourceType.article || change.op() == ChangeOp.deleted) {
            return;
        }
        Article article = em.find(Article.class, change.resourceId());
        if (article == null) {
            return;
        }
        Written written = written();
        Latest previous = change.op() == ChangeOp.created ? null
                : written.latest.computeIfAbsent(article.id, id -> ArticleRevision.latest(id).map(Latest::of).orElse(null));
        ArticleSnapshot snapshot = ArticleSnapshot.of(article);
        long version = change.event().version;
        if (change.op() == ChangeOp.created && version < article.version && article.status != ArticleStatus.draft) {
            snapshot = snapshot.asDraft(); // created and published at once: its first revision is the draft
        }
        String json = ArticleSnapshots.write(snapshot);
        JsonNode tree = ArticleSnapshots.tree(json);
        ArticleRevision revision = new ArticleRevision();
        revision.id = Ids.newId();
        revision.article = article;
        revision.number = previous == null ? 1 : previous.number + 1;
        revision.version = version;
        revision.at = change.event().at;
        revision.by = change.event().actor; // the change log's: one rule for who wrote
        revision.op = change.op();
        revision.changedFields = ArticleSnapshots.changed(previous == null ? null : previous.tree, tree, BOOKKEEPING);
        revision.snapshot = json;
        revision.persist();
        written.latest.put(article.id, new Latest(revision.number, tree));
    }

    /** The latest revision of an article as far as this transaction knows: its number and snapshot. */
    private record Latest(int number, JsonNode tree) {
        static Latest of(ArticleRevision revision) {
            return new Latest(revision.number, ArticleSnapshots.tree(revision.snapshot));
        }
    }

    /** What this transaction has recorded so far. */
    private static final class Written {
        final Map<String, Latest> latest = new HashMap<>();
    }

    private Written written() {
        Written written = (Written) transaction.getResource(Written.class);
        if (written == null) {
            written = new Written();
            transaction.putResource(Written.class, written);
        }
        return written;
    }
}
