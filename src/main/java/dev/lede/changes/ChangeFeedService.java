package dev.lede.changes;

import dev.lede.article.ArticleEntitlements;
import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.security.Entitlements;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Pages of the change log for partners. The head is read first and the page is bounded by it: a page shorter than
 * its limit has seen every event up to the head (those it left out were filtered out), so its next position is the
 * head, and resuming there neither skips nor repeats (seq is gap-free and in commit order: an event at or below a
 * head that was read is committed and visible).
 *
 * <p>A read passes over at most {@code lede.changes.scan-window} positions: a reader that sees few events (a narrow
 * {@code types=}, a key limited to a source, the public behind a run of drafts) would otherwise scan from its cursor to
 * the head at every request. Its page then ends at the window's end, which is its next position (every event it may
 * see up to there is in the page), so the promise holds and each request costs the same bounded scan.
 */
@ApplicationScoped
public class ChangeFeedService {
    private final int window;

    ChangeFeedService(LedeConfig config) {
        this.window = Math.max(1, config.changes().scanWindow());
    }

    /**
     * Where to start (after {@code since}; the beginning when null; the head when {@code fromHead}), how many, of
     * which types, whether events that are not public are shown too ({@code all}, for key holders), and the reader's
     * entitlements (events of articles and quotes outside them are not shown, their deletions included).
     */
    public record Query(Long since, boolean fromHead, int limit, Set<ResourceType> types, boolean all, Entitlements entitled) {
        /** A query of a reader whose key is not limited (the public, a webhook not bound to a key). */
        public Query(Long since, boolean fromHead, int limit, Set<ResourceType> types, boolean all) {
            this(since, fromHead, limit, types, all, Entitlements.ALL);
        }

        Query after(long seq) {
            return new Query(seq, false, limit, types, all, entitled);
        }
    }

    /**
     * A page of events and the position to resume from; {@code atHead} when it reached the head that was read (else
     * the scan window ended first, and an empty page says only that the positions it passed over hid nothing visible).
     */
    public record Slice(List<ChangeEventView> events, long next, boolean atHead) {
        /** A page that reached the head. */
        public Slice(List<ChangeEventView> events, long next) {
            this(events, next, true);
        }

        Slice with(List<ChangeEventView> embedded) {
            return new Slice(embedded, next, atHead);
        }
    }

    @ReadOnly
    public Slice read(Query query) {
        long head = ChangeEvent.headSeq();
        long after = query.fromHead() ? head : query.since() == null ? fromStart(head) : query.since();
        if (query.since() != null) {
            requireKept(after, head);
        }
        long bound = Math.min(head, after + window);
        List<ChangeEvent> events = ChangeEvent.feed(after, bound, query.limit(), query.types(), query.all(),
                ArticleEntitlements.labelGroups(query.entitled()));
        long next = events.size() == query.limit() ? events.get(events.size() - 1).seq : bound;
        return new Slice(events.stream().map(ChangeEventView::of).toList(), next, next == head);
    }

    /** The beginning: before the oldest event kept, so that a pruned prefix is not scanned window by window. */
    private static long fromStart(long head) {
        return Math.max(0, ChangeEvent.firstSeq().orElse(head + 1) - 1);
    }

    /** A position the log still holds every event after: not past its head, not before its oldest kept event. */
    private static void requireKept(long after, long head) {
        if (after > head) {
            throw Failure.invalid("since", "this cursor is past the head of the change log: it was not made by this server");
        }
        long first = ChangeEvent.firstSeq().orElse(head + 1);
        if (after + 1 < first) {
            throw expired(first - 1);
        }
    }

    private static Failure expired(long oldest) {
        String detail = "this cursor is older than the change log keeps (lede.changes.retention): events after it were "
                + "removed. Resynchronise: read GET /v1/changes?since=now and keep its meta.nextCursor; then list "
                + "/v1/articles?updatedSince=<the time of your last complete read> (people, entities, sources and quotes "
                + "have no updatedSince filter: list them in full, and drop what you hold that they no longer list); "
                + "then follow the feed from the kept cursor";
        return new Failure(Failure.Kind.GONE, "cursor-expired", "Cursor expired", "since: " + detail,
                List.of(new FieldError("since", detail)),
                Failure.details("oldestCursor", ChangeCursor.of(oldest), "resynchronise", "/v1/changes?since=now"));
    }
}
