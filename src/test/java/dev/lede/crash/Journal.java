package dev.lede.crash;

import dev.lede.crash.Models.ArticleModel;
import dev.lede.crash.Models.BulkModel;
import dev.lede.crash.Models.IngestModel;
import dev.lede.crash.Models.PersonModel;
import dev.lede.crash.Models.SourceModel;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything the writers wrote and what each write was told, and the kills: shared by the writer threads (hence the
 * concurrent lists and counters), the kill loop (which counts answers to time its kills) and the checks.
 */
final class Journal {
    final List<Write> writes = new CopyOnWriteArrayList<>();
    final List<PersonModel> people = new CopyOnWriteArrayList<>();
    final List<SourceModel> sources = new CopyOnWriteArrayList<>();
    final List<ArticleModel> articles = new CopyOnWriteArrayList<>();
    final List<BulkModel> bulks = new CopyOnWriteArrayList<>();
    final List<IngestModel> ingests = new CopyOnWriteArrayList<>();
    final List<Kill> kills = new CopyOnWriteArrayList<>();
    private final AtomicInteger writeNumbers = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();

    /** Numbers and records a write about to be sent; it is in flight until {@link #endWrite()}. */
    Write beginWrite(int writer, int run, String what) {
        Write write = new Write(writeNumbers.incrementAndGet(), writer, run, what, kills);
        writes.add(write);
        inFlight.incrementAndGet();
        return write;
    }

    void countAcknowledged() {
        acknowledged.incrementAndGet();
    }

    void endWrite() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** The kinds of the writes still waiting for an answer, to say what a kill interrupted. */
    List<String> pendingKinds() {
        return writes.stream().filter(w -> w.outcome == Outcome.PENDING).map(Write::kind).toList();
    }

    /** The write whose answer named {@code id}, if one did (else null), to say where a resource came from. */
    Write writeNaming(String id) {
        for (Write write : writes) {
            if (write.body != null && write.body.toString().contains(id)) {
                return write;
            }
        }
        return null;
    }

    /** How many writes of each kind had each outcome. */
    Map<String, Map<Outcome, Integer>> outcomesByKind() {
        Map<String, Map<Outcome, Integer>> byKind = new TreeMap<>();
        for (Write write : writes) {
            byKind.computeIfAbsent(write.kind(), k -> new TreeMap<>()).merge(write.outcome, 1, Integer::sum);
        }
        return byKind;
    }
}
