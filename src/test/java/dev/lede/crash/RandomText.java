package dev.lede.crash;

import static dev.lede.crash.Text.capitalised;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Made-up names and words for the writers' resources, drawn from a writer's seeded {@link Random} so that a seed
 * repeats what each writer writes, and the names of the new people the ingested pages quote.
 */
final class RandomText {
    private static final String[] FIRST_NAMES = {"Maria", "Daniel", "Elena", "Thomas", "Laura", "Peter"};
    private static final String[] SYLLABLES = {"zor", "vex", "quil", "tand", "mor", "brek", "sil", "vash", "dren",
            "kol", "pry", "thal", "wix", "gorn", "lum", "fen", "yab", "skar", "oth", "rin"};
    private static final String[] WORDS = {"harbour", "ledger", "council", "orchard", "signal", "market", "tunnel",
            "budget", "winter", "quarry", "bridge", "station", "ballot", "cargo", "meadow", "survey", "engine",
            "festival", "archive", "pension", "reservoir", "timber", "crossing", "lantern"};

    private RandomText() {
    }

    /** A person's name: a first name of two syllables and a surname of three (the writers' alias for the person). */
    static String name(Random random) {
        return capitalised(syllable(random) + syllable(random)) + " "
                + capitalised(syllable(random) + syllable(random) + syllable(random));
    }

    static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    /** Up to {@code count} distinct items of {@code from}, in random order. */
    static <T> List<T> pickSome(List<T> from, int count, Random random) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    /**
     * A new name for writer {@code writer}'s {@code n}th write: a common first name (the extractor wants one) and a
     * made-up surname of four syllables, ending in "ov", so never the alias (a three-syllable surname) of a person
     * the writers created, which the ingest would link to instead.
     */
    static String speaker(int writer, int n) {
        return FIRST_NAMES[n % FIRST_NAMES.length] + " " + capitalised(SYLLABLES[writer % SYLLABLES.length]
                + SYLLABLES[n / SYLLABLES.length % SYLLABLES.length] + SYLLABLES[n % SYLLABLES.length] + "ov");
    }

    /**
     * A speaker for a dry run, new to the catalog like those of real ingests: no surname of the warm-up (writer 0)
     * or of the writers (1 to 3) starts with the last syllable.
     */
    static String dryRunSpeaker(int n) {
        return speaker(SYLLABLES.length - 1, n);
    }

    private static String syllable(Random random) {
        return SYLLABLES[random.nextInt(SYLLABLES.length)];
    }
}
