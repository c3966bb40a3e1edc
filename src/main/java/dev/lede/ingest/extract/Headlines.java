package dev.lede.ingest.extract;

import java.util.regex.Matcher;

/** A headline worded for a page that has none: its first sentence, without the dateline, kept short. */
final class Headlines {

    static final int MAX_WORDS = 20;

    /** The first sentence of {@code firstParagraph}, cut at a word boundary after {@link #MAX_WORDS} words. */
    static String fromFirstSentence(String firstParagraph) {
        String t = firstParagraph.strip();
        Matcher dl = PageLayout.DATELINE.matcher(t);
        if (dl.find() && Text.wordCount(dl.group(1)) <= 9 && dl.end() < t.length()) t = t.substring(dl.end());
        Matcher end = java.util.regex.Pattern.compile("[.!?][\"”’)]*(?=\\s+[\\p{Lu}“\"]|$)").matcher(t);
        if (end.find()) t = t.substring(0, end.start());
        String[] words = t.split("\\s+");
        if (words.length > MAX_WORDS) t = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + "…";
        return t.strip();
    }

    private Headlines() {
    }
}
