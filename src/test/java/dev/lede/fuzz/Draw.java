package dev.lede.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Every random choice of a fuzz run, all from one {@link Random} seeded once: the same seed gives the same requests
 * in the same order, so a run replays exactly. Deliberately a handful of plain methods and no generator framework
 * ({@link FuzzIT} says why).
 */
final class Draw {
    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    /** True with the given probability. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** An integer from min to max, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** One of the values, each as likely. */
    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of the values, each as likely. */
    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** One of several choices by weight: weighted(3, "a", 1, "b") gives "a" three times as often as "b". */
    @SuppressWarnings("unchecked")
    <T> T weighted(Object... weightsAndValues) {
        int total = 0;
        for (int i = 0; i < weightsAndValues.length; i += 2) {
            total += (Integer) weightsAndValues[i];
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weightsAndValues.length; i += 2) {
            roll -= (Integer) weightsAndValues[i];
            if (roll < 0) {
                return (T) weightsAndValues[i + 1];
            }
        }
        throw new IllegalStateException();
    }

    /**
     * A string of min to max characters of the alphabet; one time in ten exactly min or max long, since the
     * shortest and longest values are where parsers and limits break.
     */
    String string(String alphabet, int min, int max) {
        int length = chance(0.1) ? pick(min, max) : between(min, max);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** The characters from {@code first} to {@code last}, both included, as an alphabet for {@link #string}. */
    static String range(char first, char last) {
        StringBuilder out = new StringBuilder(last - first + 1);
        for (char c = first; c <= last; c++) {
            out.append(c);
        }
        return out.toString();
    }
}
