package dev.lede.platform.persistence;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.text.Text;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeSet;

/**
 * One sort order a list offers: the name clients use ({@code -publishedAt}), the JPQL expression it orders by
 * (always followed by the id as a tie-breaker), and how its values travel inside a cursor.
 */
public record SortKey(String name, String expression, boolean descending, boolean instant, boolean numeric) {

    public SortKey(String name, String expression, boolean descending, boolean instant) {
        this(name, expression, descending, instant, false);
    }

    /** An ascending sort on an integer expression. */
    public static SortKey numeric(String name, String expression) {
        return new SortKey(name, expression, false, false, true);
    }

    public static SortKey parse(String raw, String defaultName, Map<String, SortKey> offered) {
        String name = raw == null ? defaultName : raw.trim();
        SortKey key = offered.get(name);
        if (key == null) {
            throw Failure.invalid("sort", "unknown sort '" + Text.shorten(name) + "'; allowed: "
                    + String.join(", ", new TreeSet<>(offered.keySet())));
        }
        return key;
    }

    /** The ascending and descending variants of one expression, keyed "name" and "-name". */
    public static Map<String, SortKey> both(String name, String expression, boolean instant) {
        return Map.of(name, new SortKey(name, expression, false, instant),
                "-" + name, new SortKey("-" + name, expression, true, instant));
    }

    public String encode(Object value) {
        if (value == null) {
            return null;
        }
        if (instant) {
            Instant at = (Instant) value;
            // Not ChronoUnit.MICROS.between: it counts in nanoseconds first, which overflow past the year 2262.
            return Long.toString(Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000));
        }
        if (numeric) {
            return Long.toString(((Number) value).longValue());
        }
        return value.toString();
    }

    public Object decode(String value) {
        if (value == null) {
            return null;
        }
        if (instant || numeric) {
            try {
                long number = Long.parseLong(value);
                return instant ? Instant.EPOCH.plus(number, ChronoUnit.MICROS) : (Object) Integer.valueOf(Math.toIntExact(number));
            } catch (ArithmeticException e) {
                throw Failure.invalid("cursor", "malformed cursor; use the nextCursor value of a previous page as is");
            } catch (NumberFormatException e) {
                throw Failure.invalid("cursor", "malformed cursor; use the nextCursor value of a previous page as is");
            }
        }
        return value;
    }
}
