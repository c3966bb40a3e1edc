package dev.lede.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Facet counts are exact whichever way they are counted: a result holding most of what the filters pass is counted as
 * the filters' counts less the documents the text misses, a smaller one hit by hit. Both are checked against counts
 * made here from the documents themselves, over several segments, with replaced and deleted documents (which a
 * segment keeps until merged), with and without filters, and again after the index changed (a new reader).
 */
class ResultFacetsTest {
    private static final List<String> FIELDS = List.of("colour", "shape");
    private final Random random = new Random(13);
    private final Map<String, SearchDocument> live = new HashMap<>();

    @Test
    void shouldCountEveryResultExactlyWhetherMostOrFewOfTheDocumentsMatch() throws IOException {
        Path path = Files.createTempDirectory(Path.of("target"), "result-facets");
        try (LuceneSearchIndex index = new LuceneSearchIndex(path, List.of("body"))) {
            for (int batch = 0; batch < 6; batch++) { // a refresh per batch: several segments
                List<SearchDocument> written = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    written.add(document("d" + random.nextInt(200)));
                }
                List<String> deleted = List.of("d" + random.nextInt(200), "d" + random.nextInt(200));
                index.apply(written, deleted);
                written.forEach(d -> live.put(d.id(), d));
                deleted.forEach(live::remove);
                for (String text : List.of("common", "common OR rare", "rare", "nothing")) {
                    check(index, text, List.of());
                    check(index, text, List.of(new SearchQuery.Filter("kind", List.of("a"))));
                    check(index, text, List.of(new SearchQuery.Filter("kind", List.of("a", "b"))));
                    // Most documents pass: a single-valued field is filtered by excluding the others (FilterClauses),
                    // a multi-valued one as asked; both must keep exactly the documents holding a wanted value.
                    check(index, text, List.of(new SearchQuery.Filter("shape", List.of("shape0", "shape1", "shape2", "shape3"))));
                    check(index, text, List.of(new SearchQuery.Filter("colour",
                            java.util.stream.IntStream.range(0, 11).mapToObj(c -> "colour" + c).toList())));
                }
            }
        }
    }

    private void check(SearchIndex index, String text, List<SearchQuery.Filter> filters) {
        SearchHits found = index.search(new SearchQuery(text, Map.of("body", 1f), filters, List.of(), null, null, 5, true,
                false, FIELDS, 100));
        List<SearchDocument> matching = live.values().stream()
                .filter(d -> matches(d, text) && filters.stream().allMatch(f -> f.anyOf().stream()
                        .anyMatch(v -> d.keywords().get(f.field()).contains(v)))).toList();
        assertThat(found.total()).as("total of %s %s", text, filters).isEqualTo(matching.size());
        for (String field : FIELDS) {
            Map<String, Long> expected = matching.stream().flatMap(d -> d.keywords().get(field).stream())
                    .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
            List<SearchHits.FacetCount> top = expected.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .map(e -> new SearchHits.FacetCount(e.getKey(), e.getValue())).toList();
            assertThat(found.facets().get(field)).as("%s of %s %s", field, text, filters).isEqualTo(top);
        }
    }

    private static boolean matches(SearchDocument d, String text) {
        Set<String> words = Set.of(d.texts().get("body").split(" "));
        return switch (text) {
            case "common OR rare" -> words.contains("common") || words.contains("rare");
            default -> words.contains(text);
        };
    }

    /** Nine in ten hold "common", one in ten "rare"; two or three colours of twelve, one shape of five, kind a, b or c. */
    private SearchDocument document(String id) {
        String body = (random.nextInt(10) < 9 ? "common " : "") + (random.nextInt(10) == 0 ? "rare " : "") + "filler";
        Collection<String> colours = new java.util.TreeSet<>();
        for (int i = 2 + random.nextInt(2); i > 0; i--) {
            colours.add("colour" + random.nextInt(12));
        }
        return new SearchDocument(id, "en", Map.of("body", body), Map.of(),
                Map.of("colour", List.copyOf(colours), "shape", List.of("shape" + random.nextInt(5)),
                        "kind", List.of(String.valueOf((char) ('a' + random.nextInt(3))))),
                Map.of(), Map.of());
    }
}
