package dev.lede.review;

import dev.lede.entity.EntityService;
import dev.lede.person.PersonService;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.Cursor;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.resource.ReviewQueue;
import dev.lede.quote.QuoteService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The review queue: people, entities and quotes an ingest created with a confidence below the threshold
 * ({@code lede.ingest.review-threshold}), newest first, until an editor clears their needsReview or merges them
 * away. Each kind is read by its own service, one keyset statement per kind (a page of each, one more than asked),
 * and the pages are merged: (createdAt, id) orders all three, ids being unique across them.
 */
@ApplicationScoped
public class ReviewService {
    private static final String SORT = "-createdAt";
    private static final Comparator<ReviewQueue.Flagged> NEWEST_FIRST = Comparator.comparing(ReviewQueue.Flagged::createdAt)
            .thenComparing(ReviewQueue.Flagged::id).reversed();

    private final PersonService people;
    private final EntityService entities;
    private final QuoteService quotes;

    ReviewService(PersonService people, EntityService entities, QuoteService quotes) {
        this.people = people;
        this.entities = entities;
        this.quotes = quotes;
    }

    /** A page of the queue, of one kind ({@code person}, {@code entity} or {@code quote}) or of all when null. */
    @ReadOnly
    public Page<ReviewItem> list(String type, PageRequest page, Function<String, Page.Links> links) {
        String query = "review:" + (type == null ? "all" : type);
        ReviewQueue.After after = after(Cursor.decode(page.cursor(), SORT, query));
        int wanted = page.limit() + 1;
        List<ReviewQueue.Flagged> found = new ArrayList<>();
        if (type == null || type.equals("person")) {
            found.addAll(people.awaitingReview(after, wanted));
        }
        if (type == null || type.equals("entity")) {
            found.addAll(entities.awaitingReview(after, wanted));
        }
        if (type == null || type.equals("quote")) {
            found.addAll(quotes.awaitingReview(after, wanted));
        }
        found.sort(NEWEST_FIRST);
        boolean more = found.size() > page.limit();
        List<ReviewQueue.Flagged> shown = more ? found.subList(0, page.limit()) : found;
        ReviewQueue.Flagged last = more ? shown.get(shown.size() - 1) : null;
        String next = last == null ? null : new Cursor(SORT, last.createdAt().toString(), last.id(), query).encode();
        return new Page<>(shown.stream().map(ReviewItem::of).toList(), new Page.Meta(page.limit(), next, null), links.apply(next));
    }

    private static ReviewQueue.After after(Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return new ReviewQueue.After(Instant.parse(cursor.value()), cursor.id());
        } catch (DateTimeParseException | NullPointerException e) {
            throw Failure.invalid("cursor", "malformed cursor; use the nextCursor value of a previous page as is");
        }
    }
}
