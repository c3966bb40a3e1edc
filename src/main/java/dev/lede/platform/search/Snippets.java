package dev.lede.platform.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Up to three snippets per hit, matches wrapped in {@code <mark>} and everything else HTML-escaped (the formatter's
 * escape flag), taken from the highlighted fields in the order given (e.g. body before standfirst).
 */
final class Snippets {
    static final int PER_HIT = 3;

    private Snippets() {
    }

    static List<List<String>> of(IndexSearcher searcher, Analyzer analyzer, Query text, TopDocs page, List<String> fields)
            throws IOException {
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new OnePerPassage())
                .withMaxNoHighlightPassages(0)); // no match in a field: no snippet from it, not its first sentences
        List<String> variants = LuceneQueries.storedVariants(fields);
        int[] passages = new int[variants.size()];
        java.util.Arrays.fill(passages, PER_HIT);
        int[] docs = java.util.Arrays.stream(page.scoreDocs).mapToInt(hit -> hit.doc).toArray();
        Map<String, Object[]> byField = highlighter.objects(variants.toArray(String[]::new), text, docs, passages);
        List<List<String>> result = new ArrayList<>();
        for (int hit = 0; hit < page.scoreDocs.length; hit++) {
            List<String> snippets = new ArrayList<>();
            for (String field : variants) {
                if (byField.get(field)[hit] instanceof List<?> found) {
                    found.stream().limit(PER_HIT - snippets.size()).forEach(snippet -> snippets.add(snippet.toString().strip()));
                }
            }
            result.add(snippets);
        }
        return result;
    }

    /** Each passage a snippet of its own (Lucene's formatter joins them with an ellipsis). */
    private static final class OnePerPassage extends PassageFormatter {
        private final DefaultPassageFormatter marks = new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);

        @Override
        public Object format(Passage[] passages, String content) {
            List<String> snippets = new ArrayList<>();
            for (Passage passage : passages) {
                snippets.add(marks.format(new Passage[] {passage}, content));
            }
            return snippets;
        }
    }

    /** Lucene's highlighter, with the call that keeps the formatter's objects (our lists of snippets) open. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> objects(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }
    }
}
