package dev.lede.quote;

import dev.lede.platform.slug.Slugger;
import dev.lede.platform.text.Slugs;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Slugs for several new quotes at once, exactly as {@code Slugger.choose} would give them one after the other (its
 * {@link Slugger#firstFree} rule: base, base-2 ... base-20, then the base with a suffix from the quote's id),
 * counting the slugs given to the quotes before it. Instead of two queries per candidate, one query asks for every
 * candidate of every quote; only if all of them are taken (never in practice) are further ones asked one by one.
 * Its cost does not grow with how many earlier quotes share the first words. Exact-match lookups (IN), so the
 * unique index on the slug serves them in H2 and in PostgreSQL alike.
 */
final class QuoteSlugs {
    private final Function<Set<String>, Collection<String>> existing;

    /** {@code existing}: which of the candidates a quote has or an old quote slug redirects from. */
    QuoteSlugs(Function<Set<String>, Collection<String>> existing) {
        this.existing = existing;
    }

    static QuoteSlugs in(EntityManager em) {
        return new QuoteSlugs(candidates -> existing(em, candidates));
    }

    /** One slug per base (and the id of the quote it is for), in order; two equal bases get two different slugs. */
    List<String> choose(List<String> bases, List<String> ids) {
        Set<String> asked = new LinkedHashSet<>();
        for (int i = 0; i < bases.size(); i++) {
            for (int n = 1; n <= Slugs.NUMBERED; n++) {
                asked.add(Slugs.numbered(bases.get(i), n));
            }
            asked.add(Slugs.withIdSuffix(bases.get(i), ids.get(i)));
        }
        Set<String> taken = new HashSet<>(existing.apply(asked));
        Set<String> given = new HashSet<>();
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            String slug = Slugger.firstFree(bases.get(i), ids.get(i), candidate -> given.contains(candidate)
                    || (asked.contains(candidate) ? taken.contains(candidate) : !existing.apply(Set.of(candidate)).isEmpty()));
            given.add(slug);
            chosen.add(slug);
        }
        return chosen;
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
