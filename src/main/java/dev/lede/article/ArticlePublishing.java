package dev.lede.article;

import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * How an article goes out, for every way it can: POST publish, a create that publishes (bulk, ingest) and the
 * scheduler. Publishing while the article's embargo is ahead leaves it embargoed (not public: no reader without a key
 * learns it exists); it goes live when the embargo is over. A killed or taken-down article stays removed.
 */
@ApplicationScoped
public class ArticlePublishing {
    private final LifecycleClock clock;

    public ArticlePublishing(LifecycleClock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.now();
    }

    /**
     * An edit that gives a published article an embargo still ahead is refused (409 naming embargoUntil): the story is
     * out, partners and feeds hold it, and pulling it back under embargo would make it vanish and then come out "for
     * the first time" with an embargo_lifted that pretends it never went out. To take a story back, withdraw or kill
     * it; an embargo set while it is withdrawn holds it back when it is published again.
     */
    void refuseLateEmbargo(Article article) {
        if (article.status == ArticleStatus.published && ArticleSchedule.embargoes(article.embargoUntil, now())) {
            throw Failure.conflictOn("embargoUntil", "the article is published already: an embargo can no longer hold it "
                    + "back. Leave embargoUntil out (or in the past), or withdraw the article first and publish it again");
        }
    }

    /** The event a create that publishes at {@code now} logs after "created": an embargo ahead keeps it unpublished. */
    static ChangeOp opOfCreate(ArticleInput input, Instant now) {
        return ArticleSchedule.embargoes(Times.stored(input.embargoUntil()), now) ? ChangeOp.updated : ChangeOp.published;
    }

    /**
     * Publishes the article in memory as of {@code now} and returns the event to log: published (or embargo_lifted
     * when an embargoed article goes live), updated when it becomes embargoed, null when nothing changes (it is
     * published already, or embargoed with the embargo still ahead).
     */
    ChangeOp publish(Article article, Instant now) {
        if (article.status == ArticleStatus.killed || article.status == ArticleStatus.taken_down) {
            throw Failure.conflict("a " + article.status.name().replace('_', '-') + " article cannot be published again; "
                    + "its notice stands", null);
        }
        if (article.status == ArticleStatus.published) {
            return null;
        }
        if (ArticleSchedule.embargoes(article.embargoUntil, now)) {
            if (article.status == ArticleStatus.embargoed) {
                return null;
            }
            article.status = ArticleStatus.embargoed;
            clearWithdrawal(article);
            return ChangeOp.updated;
        }
        ChangeOp op = article.status == ArticleStatus.embargoed ? ChangeOp.embargo_lifted : ChangeOp.published;
        goLive(article, liveAt(article, now));
        return op;
    }

    /**
     * When it goes live, its date unless it was given one: the end of its embargo, or its scheduled time when it is
     * due (the scheduler runs a fraction of a second after it; readers expect the time that was announced), or now.
     */
    private static Instant liveAt(Article article, Instant now) {
        if (article.status == ArticleStatus.embargoed && article.embargoUntil != null) {
            return article.embargoUntil;
        }
        if (article.status == ArticleStatus.draft && article.publishAt != null && !article.publishAt.isAfter(now)) {
            return article.publishAt;
        }
        return Times.stored(now);
    }

    private static void goLive(Article article, Instant at) {
        article.status = ArticleStatus.published;
        article.publishedAt = article.publishedAt != null ? article.publishedAt : at;
        article.firstPublishedAt = article.firstPublishedAt != null ? article.firstPublishedAt : article.publishedAt;
        clearWithdrawal(article);
    }

    private static void clearWithdrawal(Article article) {
        article.withdrawnAt = null;
        article.withdrawalReason = null;
        article.updatedAt = Times.now();
    }
}
