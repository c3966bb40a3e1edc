package dev.lede.ingest.extract;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The page's language (Lingua, on the body) and whether the page is likely a machine translation. Only the
 * languages the pages we ingest come in are loaded (each costs memory; low-accuracy mode keeps only trigram
 * models, enough for a body of several sentences). A translation is flagged only on evidence on the page itself:
 * lines outside the body (the outlet's own chrome, widgets, labels) written with confidence in another language
 * while the body is English, that is an outlet in that language publishing an English text.
 */
final class PageLanguage {

    /** A guess and the evidence for it; {@code translatedFrom} null when there is none. */
    record Guess(String language, String translatedFrom, double confidence, String evidence) {
    }

    static final Language[] LOADED = {Language.ENGLISH, Language.PORTUGUESE, Language.SPANISH, Language.FRENCH,
            Language.GERMAN, Language.ITALIAN, Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH,
            Language.HUNGARIAN, Language.TURKISH, Language.PERSIAN, Language.ARABIC, Language.CHINESE, Language.JAPANESE,
            Language.KOREAN, Language.VIETNAMESE, Language.INDONESIAN};

    /** Built on first use, then shared: the detector is thread-safe. */
    private static volatile LanguageDetector detector;

    static LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (PageLanguage.class) {
                if (detector == null) detector = LanguageDetectorBuilder.fromLanguages(LOADED).withLowAccuracyMode().withPreloadedLanguageModels().build();
                d = detector;
            }
        }
        return d;
    }

    /**
     * The verdicts on lines outside the body, by their text. An outlet's chrome (menus, sign-up boxes, footers, labels)
     * is the same on every page of it, so from an outlet's second page on only the body is asked of Lingua (about
     * 0.1 ms a line, a dozen lines a page, otherwise twice the body's cost). The verdict is a function of the text
     * alone, so a cached one is the one Lingua would give; bounded (Caffeine keeps the lines seen most often).
     */
    private static final Cache<String, Optional<Language>> LINE_VERDICTS = Caffeine.newBuilder().maximumSize(10_000).recordStats().build();

    private static final int SAMPLE = 400;
    private static final int MAX_LINES = 12;
    /**
     * Lingua's confidences are relative (the most likely language has 1.0): a guess is made only when the
     * runner-up is at most this; else the body's language defaults to the caller's.
     */
    private static final double SURE = 0.9;
    /** A foreign line counts as evidence only when the runner-up is this far behind, and with this many letters in all. */
    private static final double FOREIGN_SURE = 0.75;
    private static final int FOREIGN_LETTERS = 12;

    static Guess guess(List<String> body, List<String> otherLines) {
        // a sample: detection costs time in proportion to the text, and 400 characters of prose are enough to tell
        String text = String.join(" ", body);
        if (text.length() > SAMPLE) text = text.substring(0, text.lastIndexOf(' ', SAMPLE) > 0 ? text.lastIndexOf(' ', SAMPLE) : SAMPLE);
        Language lang = top(text, SURE);
        if (lang == null) return new Guess(null, null, 0, null);
        String iso = iso(lang);
        if (lang != Language.ENGLISH) return new Guess(iso, null, 0, null);
        Map<Language, List<String>> foreign = new LinkedHashMap<>();
        for (String line : otherLines.subList(0, Math.min(otherLines.size(), MAX_LINES))) {
            if (line.length() > SAMPLE || line.replaceAll("[^\\p{L}]", "").length() < 4 || Text.wordCount(line) < 2) continue;
            Language l = LINE_VERDICTS.get(line, candidate -> Optional.ofNullable(top(candidate, FOREIGN_SURE))).orElse(null);
            if (l != null && l != Language.ENGLISH) foreign.computeIfAbsent(l, k -> new ArrayList<>()).add(line);
        }
        Map.Entry<Language, List<String>> best = null;
        for (Map.Entry<Language, List<String>> e : foreign.entrySet()) {
            if (best == null || letters(e.getValue()) > letters(best.getValue())) best = e;
        }
        if (best == null || letters(best.getValue()) < FOREIGN_LETTERS) return new Guess(iso, null, 0, null);
        double confidence = Math.min(0.7, 0.4 + 0.1 * best.getValue().size());
        return new Guess(iso, iso(best.getKey()), confidence, "the page's own lines outside the body are "
                + best.getKey().name().toLowerCase(Locale.ROOT) + ": \"" + best.getValue().get(0) + "\"");
    }

    private static Language top(String text, double runnerUpAtMost) {
        SortedMap<Language, Double> values = detector().computeLanguageConfidenceValues(text);
        if (values.isEmpty()) return null;
        java.util.Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
        Map.Entry<Language, Double> first = it.next();
        double second = it.hasNext() ? it.next().getValue() : 0;
        return first.getValue() > 0 && second / first.getValue() <= runnerUpAtMost ? first.getKey() : null;
    }

    /** How the verdicts on lines were found: computed (misses) or remembered (hits). */
    static CacheStats lineVerdicts() {
        return LINE_VERDICTS.stats();
    }

    /** Loads the models off the request path (about 35 MB of heap, seconds of start-up). */
    static void warmUp() {
        if (detector != null) return;
        Thread t = new Thread(PageLanguage::detector, "lingua-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static int letters(List<String> lines) {
        return lines.stream().mapToInt(l -> l.replaceAll("[^\\p{L}]", "").length()).sum();
    }

    private static String iso(Language l) {
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private PageLanguage() {
    }
}
