package dev.lede.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the extractor against every labeled page in fixtures/pages (text pages "*.txt" and HTML pages
 * "*.html", each with a "*.truth.json"): precision, recall and F1 per page and overall for people, entities
 * (name + kind), attributed quotes (text + speaker) and removed boilerplate lines. Fails when the reference
 * page falls below the bar the ingestion issue sets.
 */
class ExtractionEvaluationTest {

    static final Path PAGES = Path.of("src/test/resources/fixtures/pages");
    static final String REFERENCE = "000_bda395528f16ca54";
    static final ObjectMapper JSON = new ObjectMapper();

    /** The reference page's sources as the catalog would hold them. */
    static KnownNames referenceKnown() {
        return new KnownNames(List.of(), List.of(), List.of(
                new KnownNames.Known("src-jovempan", "jovem-pan", "Jovem Pan", List.of("Jovempan"), "publisher"),
                new KnownNames.Known("src-afp", "afp", "AFP", List.of("Agence France-Presse"), "wire_agency")));
    }

    /** true-positive, predicted and expected counts of one metric. */
    static final class Score {
        int tp, predicted, expected, tpRecall;

        void add(Score o) {
            tp += o.tp;
            tpRecall += o.tpRecall;
            predicted += o.predicted;
            expected += o.expected;
        }

        double p() {
            return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) tp / predicted;
        }

        double r() {
            return expected == 0 ? 1 : (double) tpRecall / expected;
        }

        double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.2f R %.2f F1 %.2f (%d/%d found, %d predicted)", p(), r(), f1(), tpRecall, expected, predicted);
        }
    }

    record PageScore(String page, Score people, Score roles, Score entities, Score quotes, Score boilerplate, List<String> misses) {
    }

    static final NewsExtractor EXTRACTOR = new NewsExtractor();
    static List<String> pages;

    @BeforeAll
    static void list() throws IOException {
        try (Stream<Path> s = Files.list(PAGES)) {
            pages = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".truth.json"))
                    .map(n -> n.substring(0, n.length() - ".truth.json".length()))
                    // the shared dev set's new pages are scored by DevSet's rules in scoresTheSharedDevSet
                    .filter(n -> !n.matches("dev-[ab]\\d+")).sorted().toList();
        }
    }

    /** The split made once before any extractor change (DevSet says the rule); pinned so it never drifts. */
    @Test
    void theDevSetSplitIsTheOneMadeBeforeTuning() throws IOException {
        DevSet.Split split = DevSet.split();
        assertEquals(List.of("000_bda395528f16ca54", "dev-02", "dev-10", "dev-13", "dev-a03", "dev-a07", "dev-a08", "dev-a11",
                "dev-a12", "dev-b01", "dev-b02", "dev-b07", "dev-b08", "dev-b10", "dev-b11", "dev-b14"), split.tuning());
        assertEquals(List.of("dev-a01", "dev-a02", "dev-a04", "dev-b03", "dev-b04", "dev-b09", "dev-b12", "dev-b13"), split.validation());
    }

    /**
     * Scores every page of the shared dev set with the README's rules and prints a table per part. The system
     * property lede.eval.parts ("tuning" while tuning) keeps the validation pages unscored and unprinted.
     */
    @Test
    void scoresTheSharedDevSet() throws IOException {
        DevSet.Split split = DevSet.split();
        for (DevSet.Part part : parts()) {
            List<DevSet.PageResult> results = new ArrayList<>();
            java.util.SortedMap<String, Integer> classes = new java.util.TreeMap<>();
            for (String id : split.of(part)) {
                Extraction x = extractOrRefuse(id);
                results.add(DevSet.score(id, x, DevSet.truth(id)));
                DevSet.errorClasses(x, DevSet.truth(id)).forEach((k, v) -> classes.merge(k, v, Integer::sum));
            }
            System.out.println(DevSet.table(part.name().toLowerCase(Locale.ROOT) + " part", results));
            System.out.println("error classes, " + part.name().toLowerCase(Locale.ROOT) + " part: " + classes);
            assertFloors(part, DevSet.Averages.of(results));
            if (part == DevSet.Part.TUNING) {
                StringBuilder detail = new StringBuilder();
                results.forEach(r -> {
                    detail.append('\n').append(r.page()).append('\n');
                    r.misses().forEach(m -> detail.append("    - ").append(m).append('\n'));
                });
                System.out.println(detail);
            }
        }
    }

    /**
     * Floors just under the figures measured when the rules were last changed (docs/ingestion-quality.md): a
     * regression on any metric of either part fails the build. No page is refused. The validation pages were never
     * opened nor their misses printed; since round 9 their scores and word-free error classes were read after each
     * change, so their floors are no longer a held-out estimate (only the pages the maintainers keep unseen are).
     */
    static void assertFloors(DevSet.Part part, DevSet.Averages a) {
        double[] floors = part == DevSet.Part.TUNING
                ? new double[]{PEOPLE_T, ENTITIES_T, QUOTES_T, BOILERPLATE_T, HEADLINE_T, BODY_T}
                : new double[]{PEOPLE_V, ENTITIES_V, QUOTES_V, BOILERPLATE_V, HEADLINE_V, BODY_V};
        String where = part + " part: ";
        assertTrue(a.people() >= floors[0], where + "people F1 " + a.people());
        assertTrue(a.entities() >= floors[1], where + "entities F1 " + a.entities());
        assertTrue(a.quotes() >= floors[2], where + "attributed quotes F1 " + a.quotes());
        assertTrue(a.boilerplate() >= floors[3], where + "boilerplate removed " + a.boilerplate());
        assertTrue(a.headline() >= floors[4], where + "headline right " + a.headline());
        assertTrue(a.bodyKept() >= floors[5], where + "body kept whole " + a.bodyKept());
        assertEquals(0, a.refused(), where + "no page refused");
    }

    static final double PEOPLE_T = 0.95, ENTITIES_T = 0.88, QUOTES_T = 0.95, BOILERPLATE_T = 0.97, HEADLINE_T = 1.0, BODY_T = 1.0;
    static final double PEOPLE_V = 0.85, ENTITIES_V = 0.67, QUOTES_V = 0.67, BOILERPLATE_V = 0.98, HEADLINE_V = 1.0, BODY_V = 1.0;

    static List<DevSet.Part> parts() {
        String wanted = System.getProperty("lede.eval.parts", "tuning,validation");
        return java.util.Arrays.stream(DevSet.Part.values()).filter(p -> wanted.contains(p.name().toLowerCase(Locale.ROOT))).toList();
    }

    static Extraction extractOrRefuse(String id) throws IOException {
        try {
            return EXTRACTOR.extract(RawPage.ofText(DevSet.text(id)), KnownNames.empty());
        } catch (Extractor.NoArticleException e) {
            return null;
        }
    }

    static RawPage rawPage(String id) throws IOException {
        Path txt = PAGES.resolve(id + ".txt");
        if (Files.exists(txt)) return RawPage.ofText(Files.readString(txt, StandardCharsets.UTF_8));
        return RawPage.ofHtml(Files.readString(PAGES.resolve(id + ".html"), StandardCharsets.UTF_8));
    }

    static JsonNode truth(String id) throws IOException {
        return JSON.readTree(PAGES.resolve(id + ".truth.json").toFile());
    }

    static String key(String s) {
        return Text.norm(Text.plain(s));
    }

    static Set<String> names(JsonNode item) {
        Set<String> s = new java.util.HashSet<>();
        s.add(key(item.path("name").asText()));
        item.path("aliases").forEach(a -> s.add(key(a.asText())));
        return s;
    }

    static String roleKey(String r) {
        return key(r.replaceFirst("^(?i)(?:the|a|an) ", ""));
    }

    static String quoteKey(String q) {
        return key(q.replaceAll("[.,;:!?]+$", ""));
    }

    static PageScore score(String id, Extraction x, JsonNode t) {
        List<String> misses = new ArrayList<>();
        // people: a predicted person matches a labeled one by name or alias
        Score people = new Score(), roles = new Score();
        people.predicted = x.people().size();
        people.expected = t.path("people").size();
        for (Extraction.PersonFound p : x.people()) {
            boolean hit = false;
            for (JsonNode tp : t.path("people")) if (names(tp).contains(key(p.name()))) hit = true;
            if (hit) people.tp++;
            else misses.add("extra person: " + p.name());
        }
        for (JsonNode tp : t.path("people")) {
            Extraction.PersonFound found = x.people().stream().filter(p -> names(tp).contains(key(p.name()))).findFirst().orElse(null);
            roles.expected++;
            if (found == null) {
                misses.add("missed person: " + tp.path("name").asText());
                continue;
            }
            people.tpRecall++;
            roles.predicted++;
            // roles compare without a leading article: "the governor of Odesa" == "governor of Odesa"
            if (found.role() != null && roleKey(found.role()).equals(roleKey(tp.path("role").asText()))) {
                roles.tp++;
                roles.tpRecall++;
            } else {
                misses.add("role of " + tp.path("name").asText() + ": got " + found.role() + ", want " + tp.path("role").asText());
            }
        }
        // entities: name (or alias) and kind
        Score ents = new Score();
        ents.predicted = x.entities().size();
        ents.expected = t.path("entities").size();
        for (Extraction.EntityFound e : x.entities()) {
            boolean hit = false;
            for (JsonNode te : t.path("entities")) if (names(te).contains(key(e.name())) && te.path("kind").asText().equals(e.kind())) hit = true;
            if (hit) ents.tp++;
            else misses.add("extra entity: " + e.name() + " (" + e.kind() + ")");
        }
        for (JsonNode te : t.path("entities")) {
            boolean hit = x.entities().stream().anyMatch(e -> names(te).contains(key(e.name())) && te.path("kind").asText().equals(e.kind()));
            if (hit) ents.tpRecall++;
            else misses.add("missed entity: " + te.path("name").asText() + " (" + te.path("kind").asText() + ")");
        }
        // quotes: text and speaker (the speaker matched through the labeled person's or entity's aliases)
        Map<String, Set<String>> speakerNames = new LinkedHashMap<>();
        for (JsonNode n : t.path("people")) speakerNames.put(key(n.path("name").asText()), names(n));
        for (JsonNode n : t.path("entities")) speakerNames.put(key(n.path("name").asText()), names(n));
        Score quotes = new Score();
        quotes.predicted = x.quotes().size();
        quotes.expected = t.path("quotes").size();
        for (JsonNode tq : t.path("quotes")) {
            String want = tq.path("speaker").asText();
            Set<String> ok = speakerNames.getOrDefault(key(want), Set.of(key(want)));
            Extraction.QuoteFound q = x.quotes().stream().filter(f -> quoteKey(f.text()).equals(quoteKey(tq.path("text").asText()))).findFirst().orElse(null);
            if (q == null) misses.add("missed quote: " + tq.path("text").asText());
            else if (q.speakerName() == null || !ok.contains(key(q.speakerName()))) misses.add("quote speaker: got " + q.speakerName() + ", want " + want + " for " + abbreviate(q.text()));
            else quotes.tpRecall++;
        }
        for (Extraction.QuoteFound q : x.quotes()) {
            boolean hit = false;
            for (JsonNode tq : t.path("quotes")) {
                if (!quoteKey(q.text()).equals(quoteKey(tq.path("text").asText()))) continue;
                Set<String> ok = speakerNames.getOrDefault(key(tq.path("speaker").asText()), Set.of(key(tq.path("speaker").asText())));
                if (q.speakerName() != null && ok.contains(key(q.speakerName()))) hit = true;
            }
            if (hit) quotes.tp++;
            else if (t.path("quotes").findValuesAsText("text").stream().noneMatch(tt -> quoteKey(tt).equals(quoteKey(q.text())))) misses.add("extra quote: " + abbreviate(q.text()));
        }
        // boilerplate: removed lines against labeled ones; optional lines count neither way
        Set<String> optional = new java.util.HashSet<>();
        t.path("optionalLines").forEach(o -> optional.add(Text.plain(o.asText())));
        Set<String> labeled = new java.util.LinkedHashSet<>();
        t.path("boilerplateLines").forEach(o -> labeled.add(Text.plain(o.asText())));
        Set<String> removed = x.removedLines().stream().map(Text::plain).filter(l -> !optional.contains(l)).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Score bp = new Score();
        bp.predicted = removed.size();
        bp.expected = labeled.size();
        for (String r : removed) if (labeled.contains(r)) bp.tp++; else misses.add("removed body/other line: " + abbreviate(r));
        for (String l : labeled) if (removed.contains(l)) bp.tpRecall++; else misses.add("kept boilerplate: " + abbreviate(l));
        return new PageScore(id, people, roles, ents, quotes, bp, misses);
    }

    static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }

    /** Body with optional lines dropped, as the labels define it. */
    static List<String> labeledBody(Extraction x, JsonNode t) {
        Set<String> optional = new java.util.HashSet<>();
        t.path("optionalLines").forEach(o -> optional.add(Text.plain(o.asText())));
        return x.body().stream().filter(b -> !optional.contains(Text.plain(b))).toList();
    }

    @Test
    void scoresEveryLabeledPage() throws IOException {
        assertTrue(pages.size() >= 7, "the four shared pages and at least three of our own: " + pages);
        for (KnownNames known : List.of(KnownNames.empty(), referenceKnown())) {
            String label = known.sources().isEmpty() ? "KnownNames.empty()" : "KnownNames with Jovem Pan + AFP";
            Score people = new Score(), roles = new Score(), ents = new Score(), quotes = new Score(), bp = new Score();
            // pages named "heldout-*" were labeled after the rules were frozen: scored apart, as the honest estimate
            Score hPeople = new Score(), hEnts = new Score(), hQuotes = new Score(), hBp = new Score();
            StringBuilder table = new StringBuilder();
            table.append("\n### Evaluation with ").append(label).append("\n\n")
                    .append("| page | people F1 | roles | entities F1 | quotes F1 | boilerplate F1 | body | headline | date |\n")
                    .append("|---|---|---|---|---|---|---|---|---|\n");
            StringBuilder detail = new StringBuilder();
            for (String id : pages) {
                JsonNode t = truth(id);
                Extraction x = EXTRACTOR.extract(rawPage(id), known);
                PageScore s = score(id, x, t);
                if (id.startsWith("heldout-")) {
                    hPeople.add(s.people());
                    hEnts.add(s.entities());
                    hQuotes.add(s.quotes());
                    hBp.add(s.boilerplate());
                }
                people.add(s.people());
                roles.add(s.roles());
                ents.add(s.entities());
                quotes.add(s.quotes());
                bp.add(s.boilerplate());
                List<String> body = labeledBody(x, t);
                boolean bodyOk = !body.isEmpty() && Text.plain(body.get(0)).startsWith(Text.plain(t.path("bodyStartsWith").asText()))
                        && Text.plain(body.get(body.size() - 1)).endsWith(Text.plain(t.path("bodyEndsWith").asText()))
                        && body.size() == t.path("bodyLineCount").asInt();
                boolean headOk = x.headline() != null && Text.plain(x.headline().value()).equals(Text.plain(t.path("headline").asText()));
                String date = x.publishedAt() == null ? "-" : LocalDate.ofInstant(x.publishedAt().value(), ZoneOffset.UTC).toString();
                boolean dateOk = date.equals(t.path("published").asText());
                table.append(String.format(Locale.ROOT, "| %s | %.2f | %d/%d | %.2f | %.2f | %.2f | %s | %s | %s |%n", id,
                        s.people().f1(), s.roles().tpRecall, s.roles().expected, s.entities().f1(), s.quotes().f1(),
                        s.boilerplate().f1(), bodyOk ? "ok" : "WRONG (" + body.size() + " paras)", headOk ? "ok" : "WRONG",
                        dateOk ? "ok" : date + " (want " + t.path("published").asText() + ")"));
                detail.append("\n").append(id).append(": people ").append(s.people()).append("; entities ").append(s.entities())
                        .append("; quotes ").append(s.quotes()).append("; boilerplate ").append(s.boilerplate()).append('\n');
                s.misses().forEach(m -> detail.append("    - ").append(m).append('\n'));
            }
            table.append(String.format(Locale.ROOT, "| **overall** | **%.2f** | %d/%d | **%.2f** | **%.2f** | **%.2f** | | | |%n",
                    people.f1(), roles.tpRecall, roles.expected, ents.f1(), quotes.f1(), bp.f1()));
            table.append(String.format(Locale.ROOT, "| held-out pages only | %.2f | | %.2f | %.2f | %.2f | | | |%n",
                    hPeople.f1(), hEnts.f1(), hQuotes.f1(), hBp.f1()));
            table.append("\noverall: people ").append(people).append("\n         roles ").append(roles)
                    .append("\n         entities ").append(ents).append("\n         attributed quotes ").append(quotes)
                    .append("\n         boilerplate ").append(bp).append('\n');
            System.out.println(table);
            System.out.println(detail);
        }
    }

    @Test
    void referencePageMeetsTheBarWithTheKnownSources() throws IOException {
        assertReferenceBar(referenceKnown(), true);
    }

    @Test
    void referencePageMeetsTheBarWithAnEmptyCatalog() throws IOException {
        assertReferenceBar(KnownNames.empty(), false);
    }

    private void assertReferenceBar(KnownNames known, boolean linked) throws IOException {
        JsonNode t = truth(REFERENCE);
        Extraction x = EXTRACTOR.extract(rawPage(REFERENCE), known);
        PageScore s = score(REFERENCE, x, t);
        assertEquals(3, s.roles().tpRecall, "all 3 people with their roles: " + s.misses());
        assertTrue(s.entities().tpRecall >= 9, "at least 9 of the 10 entities with kinds: " + s.misses());
        for (JsonNode tq : t.path("quotes")) {
            if (tq.path("fragment").asBoolean()) continue;
            Extraction.QuoteFound q = x.quotes().stream().filter(f -> quoteKey(f.text()).equals(quoteKey(tq.path("text").asText()))).findFirst().orElse(null);
            assertNotNull(q, "quote found: " + tq.path("text").asText());
            assertEquals(tq.path("speaker").asText(), q.speakerName(), "speaker of " + q.text());
            assertTrue(!q.fragment(), "a full quote is not a fragment: " + q.text());
        }
        for (JsonNode b : t.path("boilerplateLines")) {
            assertTrue(x.removedLines().contains(b.asText()), "removed: " + b.asText());
        }
        List<String> body = labeledBody(x, t);
        assertEquals(t.path("bodyLineCount").asInt(), body.size(), "body paragraphs: " + body);
        assertTrue(body.get(0).startsWith(t.path("bodyStartsWith").asText()), body.get(0));
        assertTrue(body.get(body.size() - 1).endsWith(t.path("bodyEndsWith").asText()), body.get(body.size() - 1));
        assertEquals(t.path("headline").asText(), x.headline().value());
        assertEquals(t.path("standfirst").asText(), x.standfirst().value());
        assertNotNull(x.publisher(), "publisher");
        if (linked) {
            assertEquals("Jovem Pan", x.publisher().name());
            assertEquals("src-jovempan", x.publisher().knownId());
        } else {
            assertEquals("jovempan", Text.norm(x.publisher().name()));
        }
        assertTrue(x.credits().stream().anyMatch(c -> c.name().equals("AFP") && c.role().equals("wire")), "wire credit AFP: " + x.credits());
        assertNotNull(x.publishedAt(), "published date");
        assertEquals(LocalDate.parse(t.path("published").asText()), LocalDate.ofInstant(x.publishedAt().value(), ZoneOffset.UTC));
    }
}
