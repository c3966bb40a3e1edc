package dev.lede.discovery;

import dev.lede.platform.changelog.ResourceType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every person and entity named with a subject, scored from the counts alone, and the few of them that can reach a
 * page: those are the only ones whose names are read (see {@link RelatedService}).
 *
 * <p>A list is ordered by score, then co-mentions, then name, then id. The first two need no name, so each candidate
 * is one {@code long}: the score as the 4-decimal integer the response shows, above the co-mention count (below
 * {@code 2^40}); a larger rank is better, and equal ranks tie on both. The {@code limit}-th best rank (a bounded
 * min-heap of primitives, no sort of the thousands a popular subject has) is the page's edge: everything above it is
 * on the page, and of what ties with it only the names can tell which make it, so they are named too.
 */
final class RelatedRanking {
    /** The bits of a rank that hold the co-mention count. */
    private static final int COUNT_BITS = 40;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
    private static final double SCALE = 10_000;

    private final ResourceType[] types;
    private final String[] ids;
    private final long[] ranks;
    private int size;

    /** Room for {@code capacity} candidates. */
    RelatedRanking(int capacity) {
        types = new ResourceType[capacity];
        ids = new String[capacity];
        ranks = new long[capacity];
    }

    /**
     * Scores each one co-mentioned with the subject ({@code shared}: the articles naming both) except the subject
     * itself, by the Jaccard index: both / (the subject's articles + theirs - both). {@code own} is each one's count in
     * the window; the two counts are two passes, which may read two versions of the index, hence the max (a score
     * stays at most 1).
     */
    void score(ResourceType type, String subjectId, long subject, Map<String, Long> shared, Map<String, Long> own) {
        for (Map.Entry<String, Long> entry : shared.entrySet()) {
            String id = entry.getKey();
            if (id.equals(subjectId)) {
                continue;
            }
            long both = entry.getValue();
            Long counted = own.get(id);
            long theirs = counted == null ? both : Math.max(both, counted);
            long score = Math.round((double) both / (subject + theirs - both) * SCALE);
            types[size] = type;
            ids[size] = id;
            ranks[size++] = score << COUNT_BITS | Math.min(both, COUNT_MASK);
        }
    }

    /** The candidate at {@code index} (from {@link #contenders}) with these names, as a list shows it. */
    Related related(int index, String slug, String name) {
        return new Related(types[index].name(), ids[index], slug, name, ranks[index] & COUNT_MASK, (ranks[index] >>> COUNT_BITS) / SCALE);
    }

    ResourceType type(int index) {
        return types[index];
    }

    String id(int index) {
        return ids[index];
    }

    /**
     * The indexes of the candidates that can be among the best {@code limit}: every one ranked above the
     * {@code limit}-th best and every one tied with it, at most {@code cap} ({@code >= limit}). Past the cap (hundreds
     * of names equal on score and count at the page's edge, which only the names could order) the smallest ids are
     * kept, so the answer stays the same from one request to the next.
     */
    List<Integer> contenders(int limit, int cap) {
        List<Integer> above = new ArrayList<>();
        if (size <= limit) {
            for (int i = 0; i < size; i++) {
                above.add(i);
            }
            return above;
        }
        long edge = edge(limit);
        List<Integer> tied = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (ranks[i] > edge) {
                above.add(i);
            } else if (ranks[i] == edge) {
                tied.add(i);
            }
        }
        int room = cap - above.size();
        if (tied.size() > room) {
            tied.sort(Comparator.comparing(i -> ids[i]));
            tied = tied.subList(0, room);
        }
        above.addAll(tied);
        return above;
    }

    /** The {@code limit}-th largest rank ({@code limit < size}): the root of a min-heap of the best {@code limit}. */
    private long edge(int limit) {
        long[] heap = new long[limit];
        System.arraycopy(ranks, 0, heap, 0, limit);
        for (int i = limit / 2 - 1; i >= 0; i--) {
            siftDown(heap, i);
        }
        for (int i = limit; i < size; i++) {
            if (ranks[i] > heap[0]) {
                heap[0] = ranks[i];
                siftDown(heap, 0);
            }
        }
        return heap[0];
    }

    private static void siftDown(long[] heap, int at) {
        int parent = at;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= heap.length) {
                return;
            }
            if (child + 1 < heap.length && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[parent] <= heap[child]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[child];
            heap[child] = swap;
            parent = child;
        }
    }
}
