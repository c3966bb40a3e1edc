package dev.lede.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * List parameters of JPQL queries ({@code x in :ids}) without losing Hibernate's query plan cache.
 *
 * <p>Hibernate 7 never caches the SQL translation of a query with a parameter that may take a list (its
 * {@code SqmInterpretationsKey} refuses them): every execution translated the query again, which cost more than
 * running it. A single article's embeds (seven such queries) spent a fifth of the CPU of an uncached read there.
 * Any parameter alone in an {@code in} list may take a list, {@code x in (:id)} too; two or more may not. So
 * {@code x in :ids} becomes {@code x = :ids_0} for one value (H2 plans an equality better than a one-value list:
 * an entity filter written {@code in (?, ?)} walked every article) and {@code x in (:ids_0, ..., :ids_k)} for
 * more, their number rounded up to a power of two and the last value repeated. A query then takes a handful of
 * texts, each translated once and served from the cache after, and the database's statement cache sees those few.
 *
 * <p>For {@code in} only ({@code not in} is refused): an empty list binds one null, and {@code x = null} matches
 * nothing, as an empty {@code in} would. The texts are kept per query text of the code, so their number is bounded.
 */
public final class InLists {
    /** The most values a list parameter takes at once; callers cut longer lists (see Lookup.chunks). */
    public static final int MAX = 1024;

    private static final Map<Expansion, String> EXPANDED = new ConcurrentHashMap<>();

    private record Expansion(String jpql, String name, int slots) {
    }

    private InLists() {
    }

    /** A query with {@code in :name} spread for these values (see {@link #expand}), and its values bound. */
    public static <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type, String name, Collection<?> values) {
        TypedQuery<T> query = em.createQuery(expand(jpql, name, values.size()), type);
        bind(query, name, values);
        return query;
    }

    /** How many single parameters a list of {@code count} values takes: 1 for at most one, else the next power of two. */
    public static int slots(int count) {
        if (count > MAX) {
            throw new IllegalArgumentException("a list parameter takes at most " + MAX + " values, not " + count);
        }
        return count <= 1 ? 1 : Integer.highestOneBit(count - 1) << 1;
    }

    /** The query text with every {@code in :name} made {@code = :name_0} or {@code in (:name_0, ..., :name_k)}. */
    public static String expand(String jpql, String name, int count) {
        return EXPANDED.computeIfAbsent(new Expansion(jpql, name, slots(count)), InLists::spread);
    }

    /** Binds {@code name_0 ... name_k} (see {@link #expand}) to the values, the last one repeated. */
    public static void bind(Query query, String name, Collection<?> values) {
        forEachSlot(name, values, query::setParameter);
    }

    /** Each single parameter (its name and value) that {@link #expand} made for these values. */
    public static void forEachSlot(String name, Collection<?> values, BiConsumer<String, Object> slot) {
        int slots = slots(values.size());
        Iterator<?> each = values.iterator();
        Object value = null;
        for (int i = 0; i < slots; i++) {
            if (each.hasNext()) {
                value = each.next();
            }
            slot.accept(name + "_" + i, value);
        }
    }

    private static String spread(Expansion expansion) {
        String name = Pattern.quote(expansion.name());
        if (Pattern.compile("(?i)\\bnot\\s+in\\s+:" + name + "(?!\\w)").matcher(expansion.jpql()).find()) {
            throw new IllegalArgumentException("'not in :" + expansion.name() + "' cannot be spread: " + expansion.jpql());
        }
        Matcher matcher = Pattern.compile("(?i)\\bin\\s+:" + name + "(?!\\w)").matcher(expansion.jpql());
        if (!matcher.find()) {
            throw new IllegalArgumentException("no 'in :" + expansion.name() + "' in " + expansion.jpql());
        }
        StringBuilder replacement = new StringBuilder(expansion.slots() == 1 ? "= " : "in (");
        for (int i = 0; i < expansion.slots(); i++) {
            replacement.append(i == 0 ? "" : ", ").append(':').append(expansion.name()).append('_').append(i);
        }
        replacement.append(expansion.slots() == 1 ? "" : ")");
        return matcher.replaceAll(Matcher.quoteReplacement(replacement.toString()));
    }
}
