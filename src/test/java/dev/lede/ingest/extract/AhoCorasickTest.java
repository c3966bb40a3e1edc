package dev.lede.ingest.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AhoCorasickTest {

    @Test
    void findsOverlappingPatternsLikeTheTextbookExample() {
        AhoCorasick<String> ac = new AhoCorasick<String>().add("he", "he").add("she", "she").add("his", "his").add("hers", "hers").build();
        List<String> found = ac.findAll("ushers").stream().map(m -> m.value() + "@" + m.start()).toList();
        assertEquals(List.of("she@1", "he@2", "hers@2"), found);
    }

    @Test
    void wholeWordsOnlyAndLongestLeftmostWins() {
        AhoCorasick<String> ac = new AhoCorasick<String>().add("United States", "US").add("United States of America", "USA")
                .add("America", "AM").add("Iran", "IR").build();
        List<AhoCorasick.Match<String>> m = ac.findWords("The United States of America and Iranian drones; Iran.");
        assertEquals(List.of("USA", "IR"), m.stream().map(AhoCorasick.Match::value).toList());
        assertEquals(4, m.get(0).start());
    }

    @Test
    void agreesWithANaiveSearchOnRandomInput() {
        Random r = new Random(7);
        for (int round = 0; round < 50; round++) {
            AhoCorasick<String> ac = new AhoCorasick<>();
            List<String> pats = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String p = randomWord(r, 1 + r.nextInt(4));
                pats.add(p);
                ac.add(p, p);
            }
            ac.build();
            String text = randomWord(r, 200);
            int naive = 0;
            for (String p : new java.util.HashSet<>(pats)) {
                for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) naive += java.util.Collections.frequency(pats, p);
            }
            assertEquals(naive, ac.findAll(text).size());
        }
    }

    @Test
    void staysLinearWithAHundredThousandNames() {
        AhoCorasick<Integer> ac = new AhoCorasick<>();
        for (int i = 0; i < 100_000; i++) ac.add("Name" + i + " Surname" + (i * 7919 % 100_000), i);
        ac.build();
        String text = "A text that mentions Name42 Surname" + (42 * 7919 % 100_000) + " and nobody else. ".repeat(200);
        long t0 = System.nanoTime();
        int hits = ac.findWords(text).size();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(1, hits);
        assertTrue(ms < 500, "matching took " + ms + " ms");
    }

    private static String randomWord(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append((char) ('a' + r.nextInt(3)));
        return b.toString();
    }
}
