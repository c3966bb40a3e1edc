package dev.lede.quote;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Slugs for several new quotes at once, exactly as {@code Slugger.choose} would give them one after the other:
 * for each, the first of base, base-2, base-3... that no quote has and no quote's old slug redirects from, counting
 * the slugs given to the quotes before it. Instead of two queries per candidate, it asks one query for a window of
 * candidates of every quote, then, only for quotes whose candidates were all taken, the next window, twice as wide
 * each time: a quote whose first words a thousand earlier quotes share costs 7 queries, not a thousand. Exact-match
 * lookups (IN), so the unique index on the slug serves them in H2 and in PostgreSQL alike (a LIKE on the prefix
 * would not use it in PostgreSQL outside the C collation).
 */
final class QuoteSlugs {
    private final Function<Set<String>, Collection<String>> existing;
    private final int window;

    /** {@code existing}: which of the candidates a quote has or an old quote slug redirects from. */
    QuoteSlugs(Function<Set<String>, Collection<String>> existing, int window) {
        this.existing = existing;
        this.window = window;
    }

    static QuoteSlugs in(EntityManager em, int window) {
        return new QuoteSlugs(candidates -> existing(em, candidates), window);
    }

    /** One slug per base, in order; two equal bases get two different slugs. */
    List<String> choose(List<String> bases) {
        Set<String> taken = new HashSet<>();
        Map<String, Integer> known = new HashMap<>(); // base -> candidates 1..n of it are known taken or free
        Set<String> ask = new LinkedHashSet<>(bases);
        for (int width = window; ; width *= 2) {
            Set<String> asked = new LinkedHashSet<>();
            for (String base : ask) {
                int from = known.getOrDefault(base, 0);
                for (int n = from + 1; n <= from + width; n++) {
                    asked.add(candidate(base, n));
                }
                known.put(base, from + width);
            }
            taken.addAll(existing.apply(asked));
            Set<String> unknown = new LinkedHashSet<>();
            List<String> chosen = pick(bases, taken, known, unknown);
            if (unknown.isEmpty()) {
                return chosen;
            }
            ask = unknown;
        }
    }

    /**
     * For each base in order, its first candidate neither taken nor given to a quote before it; the bases whose first
     * such candidate lies beyond what is known go to {@code unknown} (ask further).
     */
    private static List<String> pick(List<String> bases, Set<String> takenInDatabase, Map<String, Integer> known,
                                     Set<String> unknown) {
        Set<String> taken = new HashSet<>(takenInDatabase);
        List<String> chosen = new ArrayList<>();
        for (String base : bases) {
            int n = 1;
            while (taken.contains(candidate(base, n))) {
                n++;
            }
            if (n > known.get(base)) {
                unknown.add(base);
            }
            taken.add(candidate(base, n));
            chosen.add(candidate(base, n));
        }
        return chosen;
    }

    private static String candidate(String base, int n) {
        return n == 1 ? base : base + "-" + n;
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> existing(EntityManager em, Set<String> candidates) {
        return em.createNativeQuery("SELECT slug FROM quote WHERE slug IN (:slugs)"
                        + " UNION SELECT old_slug FROM slug_redirect WHERE resource_type = 'quote' AND old_slug IN (:slugs)", String.class)
                .setParameter("slugs", padded(candidates)).getResultList();
    }

    /**
     * The candidates, the last repeated up to a power of two: the SQL text then takes a few forms instead of one per
     * count, so the database's statement cache (H2's QUERY_CACHE_SIZE, PostgreSQL's prepared statements) serves it.
     */
    static List<String> padded(Set<String> candidates) {
        List<String> list = new ArrayList<>(candidates);
        int size = list.size() <= 1 ? 1 : Integer.highestOneBit(list.size() - 1) << 1;
        String last = list.get(list.size() - 1);
        while (list.size() < size) {
            list.add(last);
        }
        return list;
    }
}
