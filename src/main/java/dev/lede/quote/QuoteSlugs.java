package dev.lede.quote;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Slugs for several new quotes at once, exactly as {@code Slugger.choose} would give them one after the other:
 * for each, the first of base, base-2, base-3... that no quote has and no quote's old slug redirects from, counting
 * the slugs given to the quotes before it. Instead of two queries per candidate, it asks one query for a window of
 * candidates of every quote, and another window only for quotes whose candidates were all taken. Exact-match
 * lookups (IN), so the unique index on the slug serves them in H2 and in PostgreSQL alike.
 */
final class QuoteSlugs {
    private final EntityManager em;
    private final int window;

    QuoteSlugs(EntityManager em, int window) {
        this.em = em;
        this.window = window;
    }

    /** One slug per base, in order; two equal bases get two different slugs. */
    List<String> choose(List<String> bases) {
        Set<String> taken = new HashSet<>();
        int checkedUpTo = 0; // candidates 1..checkedUpTo of every base are known taken or free
        while (true) {
            Set<String> asked = new LinkedHashSet<>();
            for (String base : new LinkedHashSet<>(bases)) {
                for (int n = checkedUpTo + 1; n <= checkedUpTo + window; n++) {
                    asked.add(candidate(base, n));
                }
            }
            taken.addAll(existing(asked));
            checkedUpTo += window;
            List<String> chosen = pick(bases, taken, checkedUpTo);
            if (chosen != null) {
                return chosen;
            }
        }
    }

    /** The slugs in order, or null when a base ran out of known-free candidates (ask the next window). */
    private static List<String> pick(List<String> bases, Set<String> takenInDatabase, int checkedUpTo) {
        Set<String> taken = new HashSet<>(takenInDatabase);
        List<String> chosen = new ArrayList<>();
        for (String base : bases) {
            String slug = null;
            for (int n = 1; n <= checkedUpTo && slug == null; n++) {
                if (!taken.contains(candidate(base, n))) {
                    slug = candidate(base, n);
                }
            }
            if (slug == null) {
                return null;
            }
            taken.add(slug);
            chosen.add(slug);
        }
        return chosen;
    }

    private static String candidate(String base, int n) {
        return n == 1 ? base : base + "-" + n;
    }

    @SuppressWarnings("unchecked")
    private Collection<String> existing(Set<String> candidates) {
        return em.createNativeQuery("SELECT slug FROM quote WHERE slug IN (:slugs)"
                        + " UNION SELECT old_slug FROM slug_redirect WHERE resource_type = 'quote' AND old_slug IN (:slugs)", String.class)
                .setParameter("slugs", candidates).getResultList();
    }
}
