package dev.lede.platform.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Analysis by language. A text field is indexed under one name per language ({@code body_en}, {@code body_pt}, ...,
 * {@code body_std} for any other language), so each document is stemmed by its own language's rules while one
 * query, analysed once per variant, matches them all. Names are indexed under {@code <field>_std} for every
 * language: a name is not a word to stem.
 */
final class Analyzers {
    static final String STANDARD = "std";
    private static final Map<String, Analyzer> BY_LANGUAGE = Map.of(
            "en", new EnglishAnalyzer(), "pt", new PortugueseAnalyzer(), "es", new SpanishAnalyzer(),
            "fr", new FrenchAnalyzer(), "de", new GermanAnalyzer(), STANDARD, new StandardAnalyzer());
    private static final List<String> SUFFIXES = List.copyOf(BY_LANGUAGE.keySet());

    private Analyzers() {
    }

    /** The suffix a document's text is indexed under: its language's, or the standard one. */
    static String suffix(String language) {
        String primary = language == null ? STANDARD : language.toLowerCase(java.util.Locale.ROOT).split("-")[0];
        return BY_LANGUAGE.containsKey(primary) ? primary : STANDARD;
    }

    /** Every name a text field is indexed under. */
    static List<String> variants(String field) {
        List<String> names = new ArrayList<>();
        SUFFIXES.forEach(suffix -> names.add(field + "_" + suffix));
        return names;
    }

    /** The analyzer of every field: by its language suffix; keyword fields are never analysed (StringField). */
    static Analyzer perField() {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                int at = fieldName.lastIndexOf('_');
                Analyzer analyzer = at < 0 ? null : BY_LANGUAGE.get(fieldName.substring(at + 1));
                return analyzer == null ? BY_LANGUAGE.get(STANDARD) : analyzer;
            }
        };
    }
}
