package dev.lede.fuzz;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * The randomness of one try: jqwik's per-try {@link Random} (so the property's seed decides everything), and values
 * drawn from jqwik arbitraries with it. Lets the request generator be written as plain code while jqwik supplies the
 * seed, the values (edge cases mixed in) and the run.
 */
final class Draw {
    private static final Map<Arbitrary<?>, RandomGenerator<?>> GENERATORS = new IdentityHashMap<>();
    private final Random random;
    private final int genSize;

    Draw(Random random, int genSize) {
        this.random = random;
        this.genSize = genSize;
    }

    @SuppressWarnings("unchecked")
    <T> T from(Arbitrary<T> arbitrary) {
        RandomGenerator<T> generator;
        synchronized (GENERATORS) {
            generator = (RandomGenerator<T>) GENERATORS.computeIfAbsent(arbitrary, a -> a.generator(genSize, true));
        }
        return generator.next(random).value();
    }

    /** Forgets the cached generators: they belong to one property run (jqwik memoizes them in its store). */
    static void reset() {
        synchronized (GENERATORS) {
            GENERATORS.clear();
        }
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

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

    Random random() {
        return random;
    }
}
