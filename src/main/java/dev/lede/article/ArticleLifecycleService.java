package dev.lede.article;

import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.slug.Lookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The editorial lifecycle beyond publish and withdraw: killing and taking down an article, and the transitions the
 * scheduler runs when their time comes (a scheduled publication, the end of an embargo). Each is an ordinary
 * versioned write of the article with its change event, in its own transaction.
 */
@ApplicationScoped
public class ArticleLifecycleService {
    private final EntityManager em;
    private final ChangeLog changeLog;
    private final ArticlePublishing publishing;

    public ArticleLifecycleService(EntityManager em, ChangeLog changeLog, ArticlePublishing publishing) {
        this.em = em;
        this.changeLog = changeLog;
        this.publishing = publishing;
    }

    /**
     * Kills the article: removed everywhere, a public read answers 410 with the notice. Killing a killed article
     * changes nothing; a draft (never public: delete it) and a taken-down article (its legal notice stands) cannot be.
     */
    @Transactional
    public ArticleView kill(String key, ExpectedVersion expected, RemovalInput notice) {
        return remove(key, expected, notice, ArticleStatus.killed, ChangeOp.killed);
    }

    /**
     * Takes the article down on legal grounds: a public read answers 451 with the notice. Taking down a taken-down
     * article changes nothing; a killed one can be (the legal notice replaces the kill notice); a draft cannot.
     */
    @Transactional
    public ArticleView takedown(String key, ExpectedVersion expected, RemovalInput notice) {
        return remove(key, expected, notice, ArticleStatus.taken_down, ChangeOp.taken_down);
    }

    private ArticleView remove(String key, ExpectedVersion expected, RemovalInput notice, ArticleStatus to, ChangeOp op) {
        Article article = Lookup.resolve(ResourceType.article, key, Article::byId, Article::bySlug, a -> a.slug);
        expected.check(article.version);
        if (article.status == ArticleStatus.draft) {
            throw Failure.conflict("a draft cannot be " + removed(to) + ": it was never published; delete it instead", null);
        }
        if (to == ArticleStatus.killed && article.status == ArticleStatus.taken_down) {
            throw Failure.conflict("a taken-down article cannot be killed: its legal notice stands", null);
        }
        if (article.status != to) {
            article.status = to;
            article.removedAt = Times.now();
            article.removalReason = notice.reason().trim();
            article.withdrawnAt = null; // the removal notice replaces a withdrawal's
            article.withdrawalReason = null;
            article.updatedAt = article.removedAt;
            changeLog.append(article, op);
        }
        return ArticleMapper.one(em, article, ArticleMapper.SINGLE_DEFAULT);
    }

    private static String removed(ArticleStatus status) {
        return status == ArticleStatus.killed ? "killed" : "taken down";
    }

    /**
     * The articles with a transition due at {@code now}, at most {@code limit} of each kind: drafts whose publishAt
     * has come, and embargoed articles whose embargo is over (one whose embargo was cleared waits for POST publish). Each is a range of an index that
     * starts with the status, so the pass every node runs every tick reads only what is scheduled.
     */
    @Transactional
    @ReadOnly
    public List<String> due(Instant now, int limit) {
        List<String> ids = new ArrayList<>(em.createQuery("select a.id from Article a where a.status = :draft "
                        + "and a.publishAt <= :now order by a.publishAt", String.class)
                .setParameter("draft", ArticleStatus.draft).setParameter("now", now).setMaxResults(limit).getResultList());
        ids.addAll(em.createQuery("select a.id from Article a where a.status = :embargoed "
                        + "and a.embargoUntil <= :now order by a.embargoUntil", String.class)
                .setParameter("embargoed", ArticleStatus.embargoed).setParameter("now", now).setMaxResults(limit)
                .getResultList());
        return ids;
    }

    /**
     * Runs the article's due transition, if it still has one, in a transaction of its own. Nodes run their passes
     * independently: one that reads the article after another node's transition committed finds nothing due; two
     * that read it together both write, and the version check lets one commit (the other fails and rolls back its
     * event with its write), so each transition happens once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean runDue(String id) {
        Article article = Article.byId(id).orElse(null);
        Instant now = publishing.now();
        if (article == null || !isDue(article, now)) {
            return false;
        }
        ChangeOp op = publishing.publish(article, now);
        if (op == null) {
            return false;
        }
        changeLog.append(article, op);
        return true;
    }

    private static boolean isDue(Article article, Instant now) {
        return switch (article.status) {
            case draft -> article.publishAt != null && !article.publishAt.isAfter(now);
            // A cleared embargo is not a release: a PUT that left embargoUntil out would otherwise send the story out
            // early. An embargoed article without one waits for an explicit POST publish.
            case embargoed -> article.embargoUntil != null && !article.embargoUntil.isAfter(now);
            default -> false;
        };
    }
}
