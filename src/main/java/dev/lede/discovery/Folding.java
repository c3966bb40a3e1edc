package dev.lede.discovery;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How typeahead compares text: accents dropped (decomposed, marks removed), lower case, and every run of characters
 * that are neither letters nor digits made one space, so "São Paulo", "sao paulo" and "Sao-Paulo" fold alike.
 */
final class Folding {
    private Folding() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = true; // no leading space
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int kind = Character.getType(c);
            if (kind == Character.NON_SPACING_MARK || kind == Character.ENCLOSING_MARK || kind == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                folded.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
                space = false;
            } else if (!space) {
                folded.append(' ');
                space = true;
            }
        }
        int end = folded.length();
        return end > 0 && folded.charAt(end - 1) == ' ' ? folded.substring(0, end - 1) : folded.toString();
    }

    /** Where the words of a folded text start, the first at 0; at most {@code max} of them. */
    static List<Integer> wordStarts(String folded, int max) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < folded.length() && starts.size() < max; i++) {
            if (i == 0 || folded.charAt(i - 1) == ' ') {
                starts.add(i);
            }
        }
        return starts;
    }
}
