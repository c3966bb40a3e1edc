package dev.lede.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The shared dev set of issue 15 (real scraped pages with hand-made truth, see README-shared-dev-set.md) and its
 * scoring, exactly as that README states it: per page, then averaged over the pages of a part.
 *
 * <p>The split was made once, before any extractor change, from file names only: the four pages the project
 * already tuned on (the reference page, dev-02, dev-10, dev-13) are tuning pages; of the twenty new pages the
 * twelve whose SHA-256 of the base name is lowest are tuning pages and the eight highest are validation pages
 * (60/40 of the new pages). Nothing on a page decides where it goes.
 */
final class DevSet {

    static final Path PAGES = Path.of("src/test/resources/fixtures/pages");
    static final Set<String> ALREADY_TUNED = Set.of("000_bda395528f16ca54", "dev-02", "dev-10", "dev-13");
    static final int NEW_TUNING = 12;
    static final ObjectMapper JSON = new ObjectMapper();

    enum Part { TUNING, VALIDATION }

    record Split(List<String> tuning, List<String> validation) {
        List<String> of(Part p) {
            return p == Part.TUNING ? tuning : validation;
        }
    }

    /** The dev set's pages are the reference page and every "dev-*" page. */
    static Split split() throws IOException {
        List<String> all;
        try (Stream<Path> s = Files.list(PAGES)) {
            all = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".truth.json"))
                    .map(n -> n.substring(0, n.length() - ".truth.json".length()))
                    .filter(n -> n.startsWith("dev-") || n.startsWith("000_")).sorted().toList();
        }
        List<String> fresh = all.stream().filter(n -> !ALREADY_TUNED.contains(n))
                .sorted(Comparator.comparing(DevSet::sha256)).toList();
        List<String> tuning = new ArrayList<>(all.stream().filter(ALREADY_TUNED::contains).toList());
        tuning.addAll(fresh.subList(0, NEW_TUNING));
        List<String> validation = new ArrayList<>(fresh.subList(NEW_TUNING, fresh.size()));
        tuning.sort(null);
        validation.sort(null);
        return new Split(List.copyOf(tuning), List.copyOf(validation));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String id) throws IOException {
        return Files.readString(PAGES.resolve(id + ".txt"), StandardCharsets.UTF_8);
    }

    static JsonNode truth(String id) throws IOException {
        return JSON.readTree(PAGES.resolve(id + ".truth.json").toFile());
    }

    /** One page's scores; {@code headline} is null when the page has no headline line. */
    record PageResult(String page, double people, double entities, double quotes, double boilerplate,
                      boolean bodyKept, Boolean headline, boolean refused, List<String> misses) {
    }

    /** Scores the extraction of a page; {@code x} null when the extractor refused the page (a 422). */
    static PageResult score(String id, Extraction x, JsonNode t) {
        List<String> misses = new ArrayList<>();
        if (x == null) {
            misses.add("REFUSED (422)");
            x = new Extraction(null, null, List.of(), null, List.of(), null, null, null, null, null, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), 0);
        }
        double people = names(x.people().stream().map(Extraction.PersonFound::name).toList(), t.path("people"), "person", misses);
        double entities = names(x.entities().stream().map(Extraction.EntityFound::name).toList(), t.path("entities"), "entity", misses);
        double quotes = quotes(x, t, misses);
        double boilerplate = boilerplate(x, t, misses);
        String body = fold(String.join("\n", x.body()));
        boolean bodyKept = !x.body().isEmpty() && body.contains(fold(t.path("bodyStartsWith").asText()))
                && body.contains(fold(t.path("bodyEndsWith").asText()));
        if (!bodyKept) misses.add("body not kept whole: " + x.body().size() + " paragraphs, first "
                + abbreviate(x.body().isEmpty() ? "-" : x.body().get(0)) + " last " + abbreviate(x.body().isEmpty() ? "-" : x.body().get(x.body().size() - 1)));
        Boolean headline = null;
        if (!t.path("headline").isNull() && !t.path("headline").asText().isEmpty()) {
            headline = x.headline() != null && fold(x.headline().value()).equals(fold(t.path("headline").asText()));
            if (!headline) misses.add("headline: got " + (x.headline() == null ? null : x.headline().value()));
        }
        return new PageResult(id, people, entities, quotes, boilerplate, bodyKept, headline, misses.contains("REFUSED (422)"), misses);
    }

    private static double names(List<String> predicted, JsonNode labeled, String what, List<String> misses) {
        int tp = 0, found = 0;
        for (String p : predicted) {
            boolean hit = false;
            for (JsonNode l : labeled) hit |= nameSet(l).contains(Text.norm(p));
            if (hit) tp++;
            else misses.add("extra " + what + ": " + p);
        }
        for (JsonNode l : labeled) {
            Set<String> ns = nameSet(l);
            if (predicted.stream().anyMatch(p -> ns.contains(Text.norm(p)))) found++;
            else misses.add("missed " + what + ": " + l.path("name").asText());
        }
        return f1(tp, predicted.size(), found, labeled.size());
    }

    static Set<String> nameSet(JsonNode item) {
        Set<String> s = new HashSet<>();
        s.add(Text.norm(item.path("name").asText()));
        item.path("aliases").forEach(a -> s.add(Text.norm(a.asText())));
        return s;
    }

    private static Set<String> speakerNames(JsonNode t, String speaker) {
        for (String group : List.of("people", "entities"))
            for (JsonNode n : t.path(group)) if (nameSet(n).contains(Text.norm(speaker))) return nameSet(n);
        return Set.of(Text.norm(speaker));
    }

    private static double quotes(Extraction x, JsonNode t, List<String> misses) {
        List<JsonNode> whole = new ArrayList<>(), fragments = new ArrayList<>();
        t.path("quotes").forEach(q -> (q.path("fragment").asBoolean() ? fragments : whole).add(q));
        // predicted fragments are ignored, so are predictions that match a labeled fragment
        List<Extraction.QuoteFound> predicted = x.quotes().stream().filter(q -> !q.fragment())
                .filter(q -> fragments.stream().noneMatch(f -> overlaps(q.text(), f.path("text").asText()))).toList();
        int tp = 0, found = 0;
        for (Extraction.QuoteFound q : predicted) {
            boolean hit = whole.stream().anyMatch(l -> overlaps(q.text(), l.path("text").asText()) && rightSpeaker(t, l, q));
            if (hit) tp++;
            else misses.add("quote wrong or extra: " + abbreviate(q.text()) + " <- " + q.speakerName());
        }
        for (JsonNode l : whole) {
            if (predicted.stream().anyMatch(q -> overlaps(q.text(), l.path("text").asText()) && rightSpeaker(t, l, q))) found++;
            else misses.add("missed quote: " + abbreviate(l.path("text").asText()) + " <- " + l.path("speaker").asText());
        }
        return f1(tp, predicted.size(), found, whole.size());
    }

    private static boolean rightSpeaker(JsonNode t, JsonNode labeled, Extraction.QuoteFound q) {
        return q.speakerName() != null && speakerNames(t, labeled.path("speaker").asText()).contains(Text.norm(q.speakerName()));
    }

    /** One contains the other and they are at least 60% of each other's length, or token Jaccard >= 0.8. */
    static boolean overlaps(String a, String b) {
        String fa = fold(a).replaceAll("[\\p{Punct}\\s]+$", ""), fb = fold(b).replaceAll("[\\p{Punct}\\s]+$", "");
        if (fa.isEmpty() || fb.isEmpty()) return false;
        double ratio = (double) Math.min(fa.length(), fb.length()) / Math.max(fa.length(), fb.length());
        if ((fa.contains(fb) || fb.contains(fa)) && ratio >= 0.6) return true;
        Set<String> ta = tokens(fa), tb = tokens(fb);
        Set<String> inter = new HashSet<>(ta);
        inter.retainAll(tb);
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        return !union.isEmpty() && (double) inter.size() / union.size() >= 0.8;
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** The share of labeled boilerplate lines removed or absent from the body. */
    private static double boilerplate(Extraction x, JsonNode t, List<String> misses) {
        List<String> body = x.body().stream().map(DevSet::fold).toList();
        int n = 0, gone = 0;
        for (JsonNode l : t.path("boilerplateLines")) {
            String line = fold(l.asText());
            if (line.isEmpty()) continue;
            n++;
            boolean kept = body.stream().anyMatch(b -> b.equals(line) || line.length() >= 12 && b.contains(line));
            if (kept) misses.add("kept boilerplate: " + abbreviate(l.asText()));
            else gone++;
        }
        return n == 0 ? 1 : (double) gone / n;
    }

    /** Case, accents and spacing folded; curly quotes straightened. */
    static String fold(String s) {
        if (s == null) return "";
        String d = Normalizer.normalize(Text.plain(s), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static double f1(int tp, int predicted, int found, int expected) {
        if (predicted == 0 && expected == 0) return 1;
        double p = predicted == 0 ? 0 : (double) tp / predicted, r = expected == 0 ? 1 : (double) found / expected;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }

    /** The averages of a part, as the README defines them. */
    record Averages(int pages, double people, double entities, double quotes, double boilerplate, double bodyKept,
                    double headline, int refused) {
        static Averages of(List<PageResult> rs) {
            List<PageResult> withHeadline = rs.stream().filter(r -> r.headline() != null).toList();
            return new Averages(rs.size(), avg(rs, PageResult::people), avg(rs, PageResult::entities), avg(rs, PageResult::quotes),
                    avg(rs, PageResult::boilerplate), avg(rs, r -> r.bodyKept() ? 1 : 0),
                    avg(withHeadline, r -> r.headline() ? 1 : 0), (int) rs.stream().filter(PageResult::refused).count());
        }

        private static double avg(List<PageResult> rs, java.util.function.ToDoubleFunction<PageResult> f) {
            return rs.isEmpty() ? 1 : rs.stream().mapToDouble(f).average().orElse(1);
        }
    }

    /**
     * Error classes of a part, counted without any page's words: what kind of mistake dominates (a person taken
     * for an entity, a quote found but given to the wrong speaker, ...). Printed for the validation part too,
     * where the misses themselves stay unprinted, so the work can aim at a class without reading those pages.
     */
    static java.util.SortedMap<String, Integer> errorClasses(Extraction x, JsonNode t) {
        java.util.SortedMap<String, Integer> c = new java.util.TreeMap<>();
        if (x == null) {
            c.merge("refused", 1, Integer::sum);
            return c;
        }
        List<String> people = x.people().stream().map(Extraction.PersonFound::name).toList();
        List<String> entities = x.entities().stream().map(Extraction.EntityFound::name).toList();
        nameClasses("person", people, entities, t.path("people"), t.path("entities"), c);
        for (String p : people) {
            if (anyNamed(t.path("people"), p) || anyNamed(t.path("entities"), p)) continue;
            c.merge("person extra: " + whereWritten(p, x, t), 1, Integer::sum);
        }
        nameClasses("entity", entities, people, t.path("entities"), t.path("people"), c);
        for (Extraction.EntityFound e : x.entities())
            if (!anyNamed(t.path("entities"), e.name()) && !anyNamed(t.path("people"), e.name())) {
                c.merge("entity kind of extras: " + e.kind(), 1, Integer::sum);
                c.merge("entity extra: " + entityWhere(e, x, t), 1, Integer::sum);
            }
        for (JsonNode l : t.path("entities"))
            if (!anyPredicted(entities, t, l.path("name").asText())) c.merge("entity kind of misses: " + l.path("kind").asText(), 1, Integer::sum);
        List<JsonNode> whole = new ArrayList<>();
        t.path("quotes").forEach(q -> { if (!q.path("fragment").asBoolean()) whole.add(q); });
        for (JsonNode l : whole) {
            List<Extraction.QuoteFound> same = x.quotes().stream().filter(q -> overlaps(q.text(), l.path("text").asText())).toList();
            if (same.stream().anyMatch(q -> rightSpeaker(t, l, q))) continue;
            String why = same.isEmpty() ? "quote: text not found"
                    : same.stream().allMatch(q -> q.speakerName() == null) ? "quote: found, no speaker"
                    : same.stream().anyMatch(q -> q.fragment()) ? "quote: found as fragment"
                    : speakerIsEntity(t, same.get(0).speakerName()) ? "quote: found, given to an entity"
                    : "quote: found, wrong speaker" + (anyPredicted(people, t, l.path("speaker").asText())
                            ? " (the labeled speaker was found)" : " (the labeled speaker was missed)");
            c.merge(why, 1, Integer::sum);
        }
        List<String> body = x.body().stream().map(DevSet::fold).toList();
        for (JsonNode l : t.path("boilerplateLines")) {
            String line = fold(l.asText());
            int at = -1;
            for (int k = 0; k < body.size(); k++) if (body.get(k).equals(line) || line.length() >= 12 && body.get(k).contains(line)) at = k;
            if (at < 0) continue;
            String where = at == 0 ? "first body line" : at == body.size() - 1 ? "last body line" : "inside the body";
            int words = line.split(" ").length;
            c.merge("boilerplate kept: " + where + ", " + (words <= 3 ? "1-3" : words <= 8 ? "4-8" : "9+") + " words"
                    + (body.get(at).equals(line) ? "" : ", glued to body text")
                    + ", shape " + l.asText().strip().replaceAll("\\p{Lu}\\p{L}*", "W").replaceAll("\\p{Ll}+", "w").replaceAll("\\d+", "9"), 1, Integer::sum);
        }
        long extra = x.quotes().stream().filter(q -> !q.fragment())
                .filter(q -> t.path("quotes").findValuesAsText("text").stream().noneMatch(l -> overlaps(q.text(), l))).count();
        if (extra > 0) c.merge("quote: extra text", (int) extra, Integer::sum);
        return c;
    }

    private static void nameClasses(String what, List<String> predicted, List<String> otherPredicted, JsonNode labeled,
                                    JsonNode otherLabeled, java.util.Map<String, Integer> c) {
        for (String p : predicted) {
            if (anyNamed(labeled, p)) continue;
            c.merge(what + ": extra" + (anyNamed(otherLabeled, p) ? ", labeled as the other type" : ""), 1, Integer::sum);
        }
        for (JsonNode l : labeled) {
            Set<String> ns = nameSet(l);
            if (predicted.stream().anyMatch(p -> ns.contains(Text.norm(p)))) continue;
            boolean asOther = otherPredicted.stream().anyMatch(p -> ns.contains(Text.norm(p)));
            boolean partial = predicted.stream().anyMatch(p -> ns.stream().anyMatch(n -> n.contains(Text.norm(p)) || Text.norm(p).contains(n)));
            boolean longer = predicted.stream().anyMatch(p -> ns.stream().anyMatch(n -> Text.norm(p).contains(n)));
            c.merge(what + ": missed" + (asOther ? ", found as the other type" : partial ? ", found with a " + (longer ? "longer" : "shorter") + " span" : ""), 1, Integer::sum);
            if (what.equals("person") && !asOther && !partial) {
                String first = l.path("name").asText().split(" ")[0];
                int words = l.path("name").asText().split(" ").length;
                c.merge("person missed: " + words + " words, first name " + (FirstNames.contains(first) ? "in" : "not in") + " the list", 1, Integer::sum);
            }
        }
    }

    private static boolean anyPredicted(List<String> predicted, JsonNode t, String labeledName) {
        Set<String> ns = speakerNames(t, labeledName);
        return predicted.stream().anyMatch(p -> ns.contains(Text.norm(p)));
    }

    /** Where an extra name is written: the byline, a boilerplate or optional line, the body, or elsewhere. */
    private static String whereWritten(String name, Extraction x, JsonNode t) {
        String n = fold(name);
        if (fold(t.path("byline").asText()).contains(n)) return "in the byline";
        for (JsonNode l : t.path("boilerplateLines")) if (fold(l.asText()).contains(n)) return "in a boilerplate line";
        for (JsonNode l : t.path("optionalLines")) if (fold(l.asText()).contains(n)) return "in an optional line";
        if (x.body().stream().anyMatch(b -> fold(b).contains(n))) {
            String[] w = name.split(" ");
            return "in the body, " + w.length + " words, " + (FirstNames.contains(w[0]) ? "listed first name" : "no listed first name");
        }
        return "elsewhere";
    }

    private static String entityWhere(Extraction.EntityFound e, Extraction x, JsonNode t) {
        String n = fold(e.name());
        List<String> sources = new ArrayList<>();
        sources.add(fold(t.path("publisher").asText()));
        t.path("publisherAliases").forEach(a -> sources.add(fold(a.asText())));
        t.path("wireCredits").forEach(a -> sources.add(fold(a.asText())));
        if (sources.contains(n)) return "the publisher or a wire credit";
        boolean partOfLabeled = false;
        for (JsonNode l : t.path("entities")) for (String ln : nameSet(l)) partOfLabeled |= ln.contains(n) || n.contains(ln);
        for (JsonNode l : t.path("people")) for (String ln : nameSet(l)) partOfLabeled |= ln.contains(n) || n.contains(ln);
        if (partOfLabeled) return "overlaps a labeled name";
        String w = whereWritten(e.name(), x, t);
        return w.startsWith("in the body") ? "in the body, " + e.forms().size() + " form(s), " + e.mentions() + " mention(s)" : w;
    }

    private static boolean anyNamed(JsonNode labeled, String name) {
        for (JsonNode l : labeled) if (nameSet(l).contains(Text.norm(name))) return true;
        return false;
    }

    private static boolean speakerIsEntity(JsonNode t, String speaker) {
        return anyNamed(t.path("entities"), speaker);
    }

    /** A markdown table of a part: one row per page and the averages. */
    static String table(String title, List<PageResult> rs) {
        StringBuilder b = new StringBuilder("\n#### ").append(title).append("\n\n")
                .append("| page | people F1 | entities F1 | quotes F1 | boilerplate | body kept | headline | 422 |\n")
                .append("|---|---:|---:|---:|---:|---|---|---|\n");
        for (PageResult r : rs) {
            b.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %s | %s | %s |%n", r.page(), r.people(),
                    r.entities(), r.quotes(), r.boilerplate(), r.bodyKept() ? "yes" : "NO",
                    r.headline() == null ? "(none)" : r.headline() ? "yes" : "NO", r.refused() ? "422" : ""));
        }
        Averages a = Averages.of(rs);
        b.append(String.format(Locale.ROOT, "| **average (%d pages)** | **%.2f** | **%.2f** | **%.2f** | **%.2f** | **%.0f%%** | **%.0f%%** | **%d** |%n",
                a.pages(), a.people(), a.entities(), a.quotes(), a.boilerplate(), a.bodyKept() * 100, a.headline() * 100, a.refused()));
        return b.toString();
    }

    private DevSet() {
    }
}
