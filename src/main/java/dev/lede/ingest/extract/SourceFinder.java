package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publisher, wire credits and bylines, from the lines the layout set aside (and the body's dateline).
 * Names are linked to the caller's known sources by name or alias, compared without case, accents or spaces.
 */
public final class SourceFinder {

    public record Sources(Extraction.SourceFound publisher, List<Extraction.SourceFound> credits,
                          List<Extraction.BylineFound> bylines) {
    }

    static final Pattern INLINE_CREDIT = Pattern.compile("\\((?:with )?(?:inputs|information|reporting) from ([^)]+?)\\.?\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE_BY = Pattern.compile("(reporting|writing|editing|additional reporting|photos?|translation|translated) by\\s+([^;]+)", Pattern.CASE_INSENSITIVE);
    /** "Associated Press writer Susie Blann contributed to this report." */
    private static final Pattern CONTRIBUTED = Pattern.compile("((?:\\p{Lu}[\\p{L}.'-]+ ?){2,3}(?:(?:,| and) (?:\\p{Lu}[\\p{L}.'-]+ ?){2,3})*) contributed");
    private static final Pattern BY = Pattern.compile("^by\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STAFF = Pattern.compile("^(.+?)\\s+staff$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTO_IN_CAPTION = Pattern.compile("\\((?:[A-Z]+ )?Photo\\s*/\\s*([^)]+)\\)");
    private static final Pattern PHOTO_LINE = Pattern.compile("^(\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,3})\\s*/\\s*\\S+$");

    public Sources find(RawPage page, PageLayout.Layout layout, String dateline, String datelineAgency,
                        String metaPublisher, List<String> metaAuthors, KnownNames known, Gazetteer gaz, List<String> warnings) {
        Extraction.SourceFound publisher = null;
        Map<String, Extraction.SourceFound> credits = new LinkedHashMap<>();
        List<Extraction.BylineFound> bylines = new ArrayList<>();
        String staffOf = null;
        List<Text.Line> lines = layout.all();
        for (int i = 0; i < lines.size(); i++) {
            Text.Line l = lines.get(i);
            String t = l.text();
            Extraction.Span span = new Extraction.Span(l.offset(), l.offset() + t.length());
            Matcher m;
            if ((m = LineKind.SOURCE_P.matcher(t)).matches() && publisher == null) {
                publisher = source(gaz, m.group(1).trim(), "publisher", known, span, 0.9);
            } else if ((m = LineKind.CREDIT_P.matcher(t)).matches()) {
                for (String name : splitNames(m.group(1))) credits.putIfAbsent(Text.norm(name), source(gaz, name, "wire", known, span, 0.9));
            } else if ((m = INLINE_CREDIT.matcher(t)).find()) {
                for (String name : splitNames(m.group(1))) credits.putIfAbsent(Text.norm(name), source(gaz, name, "wire", known, span, 0.85));
            }
            if (LineKind.of(t) == LineKind.BYLINE) {
                Matcher r = ROLE_BY.matcher(t);
                boolean any = false;
                while (r.find()) {
                    any = true;
                    String role = roleOf(r.group(1));
                    for (String name : splitNames(r.group(2))) bylines.add(byline(gaz, name, role, known, span, 0.85));
                }
                Matcher contrib = CONTRIBUTED.matcher(t);
                if (!any && contrib.find()) {
                    any = true;
                    for (String name : splitNames(contrib.group(1))) bylines.add(byline(gaz, name, "contributor", known, span, 0.8));
                }
                Matcher s = STAFF.matcher(t);
                if (!any && s.matches()) staffOf = s.group(1).trim();
                else if (!any && (m = BY.matcher(t)).matches()) {
                    for (String name : splitNames(m.group(1))) bylines.add(byline(gaz, name, "author", known, span, 0.8));
                }
            }
            // "ABOUT THE AUTHOR" followed by a name on its own line
            if (t.equalsIgnoreCase("about the author") && i + 1 < lines.size()) {
                Text.Line nx = lines.get(i + 1);
                if (Text.wordCount(nx.text()) <= 4 && nx.text().matches("\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*)+")) {
                    bylines.add(byline(gaz, nx.text(), "author", known, new Extraction.Span(nx.offset(), nx.offset() + nx.text().length()), 0.75));
                }
            }
            if ((m = PHOTO_LINE.matcher(t)).matches() && LineKind.of(t) == LineKind.PHOTO_CREDIT) {
                addOnce(bylines, byline(gaz, m.group(1), "photographer", known, span, 0.6));
            }
        }
        if (layout.caption() != null) {
            Matcher m = PHOTO_IN_CAPTION.matcher(layout.caption().text());
            if (m.find()) {
                Text.Line c = layout.caption();
                addOnce(bylines, byline(gaz, m.group(1).trim(), "photographer", known, new Extraction.Span(c.offset(), c.offset() + c.text().length()), 0.7));
            }
        }
        for (String a : metaAuthors) addOnce(bylines, byline(gaz, a, "author", known, null, 0.9));
        if (datelineAgency != null) {
            credits.putIfAbsent(Text.norm(datelineAgency), source(gaz, datelineAgency, "wire", known, null, 0.85));
        }
        if (page.sourceHint() != null && !page.sourceHint().isBlank()) {
            publisher = source(gaz, page.sourceHint().trim(), "publisher", known, null, 1.0);
        } else if (metaPublisher != null && (publisher == null || publisher.confidence() < 0.9)) {
            publisher = source(gaz, metaPublisher, "publisher", known, null, 0.9);
        } else if (publisher == null && staffOf != null) {
            // "Reuters Staff": the site's own newsroom signs, so the staff's employer publishes the page
            publisher = source(gaz, staffOf, "publisher", known, null, 0.6);
        }
        if (publisher == null) warnings.add("no publisher found on the page");
        return new Sources(publisher, List.copyOf(credits.values()), bylines);
    }

    private static void addOnce(List<Extraction.BylineFound> bylines, Extraction.BylineFound b) {
        for (Extraction.BylineFound x : bylines) if (Text.norm(x.name()).equals(Text.norm(b.name()))) return;
        bylines.add(b);
    }

    private static String roleOf(String verb) {
        String v = verb.toLowerCase();
        if (v.startsWith("edit")) return "editor";
        if (v.startsWith("photo")) return "photographer";
        if (v.startsWith("transl")) return "translator";
        if (v.startsWith("additional")) return "contributor";
        return "author";
    }

    static List<String> splitNames(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\s*(?:,|;|\\band\\b|&|·|\\|)\\s*")) {
            String t = p.replaceAll("[.*)\\s]+$", "").replaceAll("^[(*\\s]+", "").trim();
            // "Business Correspondent", "27 February 2024": a job title or a date is not a name
            boolean title = java.util.Arrays.stream(t.split("\\s+")).anyMatch(Roles::isNoun);
            if (!t.isEmpty() && t.length() <= 60 && !t.matches(".*\\d.*") && !title) out.add(t);
        }
        return out;
    }

    static Extraction.SourceFound source(Gazetteer gaz, String name, String role, KnownNames known, Extraction.Span span, double c) {
        KnownNames.Known k = link(name, known == null ? List.of() : known.sources());
        if (k == null && gaz != null) k = gaz.knownEntity(name); // a source may be catalogued as an entity
        return k != null ? new Extraction.SourceFound(k.name(), role, k.id(), span, Math.min(1, c + 0.05))
                : new Extraction.SourceFound(name, role, null, span, c);
    }

    private static Extraction.BylineFound byline(Gazetteer gaz, String name, String role, KnownNames known, Extraction.Span span, double c) {
        KnownNames.Known k = gaz == null ? null : gaz.knownPerson(name);
        return new Extraction.BylineFound(k != null ? k.name() : name, role, k != null ? k.id() : null, span, c);
    }

    /** Catalog item named {@code name} or having it as an alias, compared without case, accents or spaces. */
    static KnownNames.Known link(String name, List<KnownNames.Known> items) {
        String n = Text.norm(name);
        if (n.isEmpty()) return null;
        for (KnownNames.Known k : items) {
            if (Text.norm(k.name()).equals(n)) return k;
            for (String a : k.aliases()) if (Text.norm(a).equals(n)) return k;
        }
        return null;
    }
}
