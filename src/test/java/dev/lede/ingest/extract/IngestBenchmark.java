package dev.lede.ingest.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Micro-benchmark (see bench/ingest/README.md): builds the gazetteer from a catalog of 100,000 synthetic names
 * (people and entities with aliases), then measures milliseconds per extract of the reference page.
 * Run: bench/ingest/run.sh  (or this main class with the test classpath). Not a JUnit test: it takes seconds.
 */
public final class IngestBenchmark {

    public static void main(String[] args) throws Exception {
        int names = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String page = Files.readString(Path.of("src/test/resources/fixtures/pages/000_bda395528f16ca54.txt"));
        KnownNames known = synthetic(names);
        NewsExtractor x = new NewsExtractor();

        long t0 = System.nanoTime();
        Gazetteer g = x.gazetteer(known);
        double buildMs = (System.nanoTime() - t0) / 1e6;

        for (int i = 0; i < 100; i++) x.extract(RawPage.ofText(page), known); // warm-up (JIT)
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            Extraction e = x.extract(RawPage.ofText(page), known);
            ms[i] = (System.nanoTime() - s) / 1e6;
            if (e.people().size() < 3) throw new IllegalStateException("extraction broke under the big catalog");
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "catalog: %,d names (%,d automaton patterns), gazetteer build %.0f ms%n", names, g.size(), buildMs);
        System.out.printf(Locale.ROOT, "reference page, %d runs: median %.2f ms, p95 %.2f ms, min %.2f ms, max %.2f ms%n",
                runs, ms[runs / 2], ms[(int) (runs * 0.95)], ms[0], ms[runs - 1]);
        long t1 = System.nanoTime();
        KnownNames empty = KnownNames.empty();
        new NewsExtractor().extract(RawPage.ofText(page), empty);
        System.out.printf(Locale.ROOT, "for comparison, first extract with an empty catalog (cold): %.1f ms%n", (System.nanoTime() - t1) / 1e6);
    }

    /** 60% people ("Firstname Surname" + surname alias), 40% entities of mixed kinds with one alias each. */
    static KnownNames synthetic(int n) {
        Random r = new Random(42);
        String[] first = {"Ana", "Bruno", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Lena"};
        String[] kinds = {"company", "organization", "agency", "place", "government_body", "political_party"};
        List<KnownNames.Known> people = new ArrayList<>();
        List<KnownNames.Known> entities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String stem = syllables(r, 2 + r.nextInt(2));
            if (i % 5 < 3) {
                String name = first[r.nextInt(first.length)] + " " + stem;
                people.add(new KnownNames.Known("p" + i, "p-" + i, name, List.of(stem + " " + i), null));
            } else {
                String kind = kinds[r.nextInt(kinds.length)];
                String name = stem + " " + (kind.equals("company") ? "Holdings" : kind.equals("agency") ? "Agency" : "Council") + " " + i;
                entities.add(new KnownNames.Known("e" + i, "e-" + i, name, List.of(stem.toUpperCase(Locale.ROOT) + i), kind));
            }
        }
        return new KnownNames(people, entities, List.of(new KnownNames.Known("src-jovempan", "jovem-pan", "Jovem Pan", List.of("Jovempan"), "publisher")));
    }

    private static String syllables(Random r, int k) {
        String[] s = {"ka", "lo", "mi", "ren", "sa", "tor", "vin", "del", "gar", "hu", "zen", "bra"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < k; i++) b.append(s[r.nextInt(s.length)]);
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }
}
