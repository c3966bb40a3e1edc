package dev.lede.ingest.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Extraction throughput (issue 15 wants at least 100 pages/s): every page of the shared dev set extracted in a loop
 * with an empty catalog, after a warm-up; prints pages/s per round and the median. Extraction alone, no HTTP, no
 * database. Not a JUnit test (it takes seconds and its figure depends on the machine's load): run it with
 * bench/ingest/throughput.sh [rounds] and record the load average beside the figure.
 */
public final class ExtractionThroughput {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<RawPage> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(DevSet.PAGES)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("(dev-.*|000_.*)\\.txt")).sorted().toList())
                pages.add(RawPage.ofText(Files.readString(p, StandardCharsets.UTF_8)));
        }
        NewsExtractor x = new NewsExtractor();
        KnownNames known = KnownNames.empty();
        for (int i = 0; i < 20; i++) pages.forEach(p -> run(x, p, known)); // warm-up (JIT, Lingua's models)
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            for (int i = 0; i < 10; i++) pages.forEach(p -> run(x, p, known));
            rates[r] = 10.0 * pages.size() / ((System.nanoTime() - t) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%d dev-set pages, %d rounds of 10 passes: median %.0f pages/s, min %.0f, max %.0f%n",
                pages.size(), rounds, rates[rounds / 2], rates[0], rates[rounds - 1]);
    }

    private static void run(NewsExtractor x, RawPage p, KnownNames known) {
        try {
            x.extract(p, known);
        } catch (Extractor.NoArticleException e) {
            // a refused page costs what it cost; the rate counts it
        }
    }
}
