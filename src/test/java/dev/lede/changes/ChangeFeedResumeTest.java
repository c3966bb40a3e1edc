package dev.lede.changes;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The feed's promise: resuming from any cursor never skips or repeats an event, while writers commit concurrently,
 * and when filters (types, public only) hide some events.
 */
@QuarkusTest
class ChangeFeedResumeTest {
    private static final int WRITERS = 3;
    private static final int WRITES_EACH = 9;

    @Test
    void shouldSeeEveryEventOnceWhilePagingDuringConcurrentWritesAndFromEveryCursor() throws Exception {
        String start = Feed.now();
        List<Feed.Event> readWhileWriting = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> write(writer)));
        }
        String cursor = start;
        Thread finish = new Thread(() -> {
            writers.forEach(ChangeFeedResumeTest::join);
            writing.set(false);
        });
        finish.start();
        while (writing.get()) { // small pages read while the writers commit
            Feed.Read read = pageOnce(cursor);
            readWhileWriting.addAll(read.events());
            cursor = read.next();
        }
        Feed.Read rest = Feed.all(Feed.as(true), cursor, 3, null);
        readWhileWriting.addAll(rest.events());
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        // Key holders see every event: the seq values after the start are contiguous, each exactly once.
        long first = readWhileWriting.get(0).seq();
        assertThat(readWhileWriting).extracting(Feed.Event::seq)
                .containsExactlyElementsOf(LongStream.range(first, first + readWhileWriting.size()).boxed().toList());
        assertThat(readWhileWriting.size()).isGreaterThanOrEqualTo(WRITERS * WRITES_EACH);
        assertThat(rest.next()).isEqualTo(readWhileWriting.get(readWhileWriting.size() - 1).cursor());

        // Resuming at every cursor of the sequence sees exactly the rest, whatever the page size and filters.
        for (int i = 0; i < readWhileWriting.size(); i++) {
            List<Feed.Event> after = readWhileWriting.subList(i + 1, readWhileWriting.size());
            String from = readWhileWriting.get(i).cursor();
            assertThat(Feed.all(Feed.as(true), from, 1 + i % 7, null).events()).as("admin from cursor %d", i)
                    .isEqualTo(after);
            if (i % 3 == 0) {
                List<Feed.Event> publicArticles = Feed.all(Feed.as(false), from, 1 + i % 5, "article").events();
                assertThat(publicArticles).as("public articles from cursor %d", i)
                        .isEqualTo(after.stream().filter(ChangeFeedResumeTest::publication).toList());
            }
        }
    }

    /** One page (a partner that polls does not drain: each call reads at most a page). */
    private static Feed.Read pageOnce(String cursor) {
        var page = Feed.page(Feed.as(true), cursor, 3, null);
        List<Feed.Event> events = page.<Map<String, Object>>getList("data").stream().map(Feed.Event::of).toList();
        return new Feed.Read(events, page.getString("meta.nextCursor"));
    }

    /** Each writer creates people and articles, publishes some, edits people: a mix of public and private events. */
    private static void write(int writer) {
        for (int i = 0; i < WRITES_EACH; i++) {
            String tag = "Resume " + writer + " " + i + " " + unique();
            switch (i % 3) {
                case 0 -> admin().body(Map.of("name", tag, "aliases", List.of())).post("/v1/people").then().statusCode(201);
                case 1 -> dev.lede.support.Fixtures.draft(tag, Map.of());
                default -> dev.lede.support.Fixtures.published(tag, Map.of());
            }
        }
    }

    /**
     * The writers' articles: a draft that stays a draft is private, and so is the creation of one published after; its
     * publication is public. So the public article events here are exactly the publications.
     */
    private static boolean publication(Feed.Event event) {
        return event.type().equals("article") && event.op().equals("published");
    }

    private static void join(Future<?> future) {
        try {
            future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
