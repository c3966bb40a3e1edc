package dev.lede.quote;

import dev.lede.article.Quote;
import dev.lede.platform.slug.SlugRedirect;
import dev.lede.platform.slug.Slugger;
import dev.lede.platform.text.Slugs;
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
import org.hibernate.query.NativeQuery;

/**
 * Which slugs the new quotes of one batch may take, exactly as {@code Slugger.choose} would give them one after the
 * other (its {@link Slugger#firstFree} rule: base, base-2 ... base-20, then the base with a suffix from the quote's id),
 * counting the slugs taken by the quotes before it. Instead of two queries per candidate it asks for the candidates
 * of the whole batch at once: a small batch (an ingest's dozen quotes, one API create) every numbered form of every
 * base in one query; a large one (bulk) the bases, then the numbered forms of the bases found taken. Either way its
 * cost does not grow with how many earlier quotes share the first words. Exact-match lookups (IN), so the unique
 * index on the slug serves them in H2 and in PostgreSQL alike.
 */
final class QuoteSlugs {
    /** Candidates per query; a batch whose numbered forms fit in one query asks them all at once. */
    static final int PER_QUERY = 256;

    private final Function<Set<String>, Collection<String>> existing;
    private final Set<String> asked = new HashSet<>();
    private final Set<String> taken = new HashSet<>();

    /** {@code existing}: which of the candidates a quote has or an old quote slug redirects from. */
    QuoteSlugs(Function<Set<String>, Collection<String>> existing) {
        this.existing = existing;
    }

    static QuoteSlugs in(EntityManager em) {
        return new QuoteSlugs(candidates -> existing(em, candidates));
    }

    /** Asks, in one or two rounds of queries, which of the slugs these bases (or requested slugs) lead to are in use. */
    QuoteSlugs fetch(Collection<String> bases) {
        Set<String> distinct = new LinkedHashSet<>(bases);
        if (distinct.size() * Slugs.NUMBERED > PER_QUERY) {
            ask(distinct);
            distinct.removeIf(base -> !taken.contains(base));
        }
        ask(numberedForms(distinct));
        return this;
    }

    /**
     * {@link #fetch(Collection)}, then the id-suffixed slug ({@link Slugs#withIdSuffix}) of every quote whose base has
     * fewer free numbered forms than quotes wanting it, the candidate {@link Slugger#firstFree} tries next: a quote
     * said again and again (a wire story on many pages) then costs no query of its own. {@code ids} pairs with
     * {@code bases}: the quote's id, or null for a requested slug (which is taken as asked or refused).
     */
    QuoteSlugs fetch(List<String> bases, List<String> ids) {
        fetch(bases);
        Map<String, Integer> wanting = new HashMap<>();
        for (int i = 0; i < bases.size(); i++) {
            if (ids.get(i) != null) {
                wanting.merge(bases.get(i), 1, Integer::sum);
            }
        }
        Set<String> next = new LinkedHashSet<>();
        for (int i = 0; i < bases.size(); i++) {
            String base = bases.get(i);
            if (ids.get(i) != null && freeNumbered(base) < wanting.get(base)) {
                next.add(Slugs.withIdSuffix(base, ids.get(i)));
            }
        }
        ask(next);
        return this;
    }

    private int freeNumbered(String base) {
        int free = 0;
        for (int n = 1; n <= Slugs.NUMBERED; n++) {
            free += taken.contains(Slugs.numbered(base, n)) ? 0 : 1;
        }
        return free;
    }

    /** Whether a quote has the slug or an old quote slug redirects from it (a candidate not fetched is asked alone). */
    boolean inUse(String slug) {
        if (!asked.contains(slug)) {
            ask(Set.of(slug));
        }
        return taken.contains(slug);
    }

    /** Records the slug a quote of this batch took, so later quotes of the batch avoid it. */
    void claim(String slug) {
        asked.add(slug);
        taken.add(slug);
    }

    /** One slug per base (and the id of the quote it is for), in order, as creating the quotes one by one gives them. */
    List<String> choose(List<String> bases, List<String> ids) {
        fetch(bases, ids);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            String slug = Slugger.firstFree(bases.get(i), ids.get(i), this::inUse);
            claim(slug);
            chosen.add(slug);
        }
        return chosen;
    }

    private static Set<String> numberedForms(Collection<String> bases) {
        Set<String> forms = new LinkedHashSet<>();
        for (String base : bases) {
            for (int n = 1; n <= Slugs.NUMBERED; n++) {
                forms.add(Slugs.numbered(base, n));
            }
        }
        return forms;
    }

    private void ask(Collection<String> candidates) {
        List<String> fresh = candidates.stream().filter(asked::add).toList();
        for (int from = 0; from < fresh.size(); from += PER_QUERY) {
            taken.addAll(existing.apply(new LinkedHashSet<>(fresh.subList(from, Math.min(fresh.size(), from + PER_QUERY)))));
        }
    }

    /**
     * The query names the entities it reads: a native query that does not makes Hibernate flush the whole session
     * before it (the article and mentions an ingest has pending, then each quote of the batch alone instead of in one
     * JDBC batch at commit). Named, it flushes only when quotes or redirects are pending, whose slugs it must see (and
     * then, as before, the whole session; the dirty check before it still runs each time).
     */
    @SuppressWarnings("unchecked")
    private static Collection<String> existing(EntityManager em, Set<String> candidates) {
        return em.createNativeQuery("SELECT slug FROM quote WHERE slug IN (:slugs)"
                        + " UNION SELECT old_slug FROM slug_redirect WHERE resource_type = 'quote' AND old_slug IN (:slugs)", String.class)
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(Quote.class).addSynchronizedEntityClass(SlugRedirect.class)
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
