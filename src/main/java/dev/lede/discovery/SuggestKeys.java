package dev.lede.discovery;

import java.util.Arrays;

/**
 * The sorted keys of a typeahead snapshot, held compactly: every folded text once in one char array, each key the
 * position where it starts (a key runs to its text's end, marked by a NUL, which folding never produces and which
 * sorts before every other char, so keys compare exactly as Strings do). A key as a String of its own cost about 80
 * bytes; here it costs 4, and its text's chars once. At 100,000 articles (about 800,000 keys, most from headlines) the
 * String keys made a snapshot of well over 100 MB, and the one answering plus the one being built filled the README's
 * 256 MB heap (the typeahead rebuild failed with OutOfMemoryError during the benchmark's bulk load).
 */
final class SuggestKeys {
    private static final char END = '\0';
    private final char[] text;
    private final int[] starts;

    private SuggestKeys(char[] text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    int size() {
        return starts.length;
    }

    /** Compares key {@code k} with {@code other} as {@link String#compareTo} would. */
    int compareTo(int k, String other) {
        int at = starts[k];
        for (int i = 0; i < other.length(); i++, at++) {
            char c = text[at];
            if (c != other.charAt(i)) {
                return c == END ? -1 : Character.compare(c, other.charAt(i));
            }
        }
        return text[at] == END ? 0 : 1;
    }

    boolean startsWith(int k, String prefix) {
        int at = starts[k];
        for (int i = 0; i < prefix.length(); i++, at++) {
            if (text[at] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Collects texts and keys in any order, then sorts the keys. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[1024];
        private int count;

        /** Adds a folded text; returns where it starts. */
        int text(String folded) {
            int at = text.length();
            text.append(folded.indexOf(END) < 0 ? folded : folded.replace(END, ' ')).append(END);
            return at;
        }

        /** Adds the key that starts at this position of an added text; returns its number (keys are numbered as added). */
        int key(int position) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count] = position;
            return count++;
        }

        /** The numbers of the keys in sorted order; equal keys in the order they were added. */
        int[] sortedOrder() {
            char[] chars = chars();
            Integer[] order = new Integer[count];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> {
                int byKey = compare(chars, starts[a], starts[b]);
                return byKey != 0 ? byKey : Integer.compare(a, b);
            });
            return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }

        /** The keys, in the order {@link #sortedOrder} gave. */
        SuggestKeys build(int[] sortedOrder) {
            int[] sorted = new int[count];
            for (int i = 0; i < count; i++) {
                sorted[i] = starts[sortedOrder[i]];
            }
            return new SuggestKeys(chars(), sorted);
        }

        private char[] chars() {
            char[] chars = new char[text.length()];
            text.getChars(0, text.length(), chars, 0);
            return chars;
        }

        private static int compare(char[] chars, int a, int b) {
            while (true) {
                char x = chars[a++];
                char y = chars[b++];
                if (x != y) {
                    return Character.compare(x, y); // END is the smallest char: a key that ends first sorts first
                }
                if (x == END) {
                    return 0;
                }
            }
        }
    }
}
