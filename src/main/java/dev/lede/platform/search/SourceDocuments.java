package dev.lede.platform.search;

import dev.lede.platform.changelog.ChangeEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/** Reads a {@link SearchSource}'s documents, each batch in a transaction of its own, and writes them to an index. */
final class SourceDocuments {
    private static final Logger LOG = Logger.getLogger(SourceDocuments.class);
    /** Change-log events read per step. */
    static final int EVENTS = 1000;

    private final SearchSource source;

    SourceDocuments(SearchSource source) {
        this.source = source;
    }

    /** Writes every document, in id order; returns how many. */
    long fill(SearchIndex.Replacement fresh, Consumer<IndexStatus.Progress> progress, java.util.function.BooleanSupplier stopped) {
        long total = QuarkusTransaction.requiringNew().call(source::count);
        progress.accept(new IndexStatus.Progress(0, total));
        String after = "";
        long done = 0;
        while (true) {
            if (stopped.getAsBoolean()) {
                throw new IllegalStateException("the rebuild was stopped: the service is stopping");
            }
            String from = after;
            List<String> ids = QuarkusTransaction.requiringNew().call(() -> source.idsAfter(from, source.batch()));
            if (ids.isEmpty()) {
                return done;
            }
            fresh.add(QuarkusTransaction.requiringNew().call(() -> source.documents(ids)));
            done += ids.size();
            after = ids.get(ids.size() - 1);
            progress.accept(new IndexStatus.Progress(done, Math.max(total, done)));
            if (done % 10_000 < ids.size()) {
                LOG.infof("search: %s rebuilding %d/%d", source.name(), done, total);
            }
        }
    }

    /** Applies every event after {@code from} to a replacement; returns the position reached. */
    long catchUp(SearchIndex.Replacement fresh, long from) {
        while (true) {
            long after = from;
            List<ChangeEvent> events = QuarkusTransaction.requiringNew().call(() -> ChangeEvent.after(after, EVENTS));
            if (events.isEmpty()) {
                return from;
            }
            feed(fresh::apply, events.stream().filter(e -> source.follows(e.type)).toList());
            from = events.get(events.size() - 1).seq;
        }
    }

    /** Writes the documents these events change, a batch at a time. */
    void feed(SearchIndex.Replacement target, List<ChangeEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(QuarkusTransaction.requiringNew().call(() -> source.affected(events)));
        for (int i = 0; i < ids.size(); i += source.batch()) {
            apply(target, ids.subList(i, Math.min(ids.size(), i + source.batch())));
        }
    }

    /** Replaces the documents of these ids; those that no longer exist are deleted. */
    private void apply(SearchIndex.Replacement target, Collection<String> ids) {
        List<SearchDocument> documents = QuarkusTransaction.requiringNew().call(() -> source.documents(ids));
        Set<String> gone = new LinkedHashSet<>(ids);
        documents.forEach(document -> gone.remove(document.id()));
        target.apply(documents, gone);
    }
}
