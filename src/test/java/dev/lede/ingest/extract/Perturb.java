package dev.lede.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Perturbed copies of a labeled page (text and truth changed together), to see whether a rule holds beyond the
 * exact wording it was tuned on: people renamed with names of other cultures, "said" worded otherwise.
 */
final class Perturb {

    /** A page and its truth. */
    record Page(String id, String text, JsonNode truth) {
    }

    /** Given and family names of many cultures, in the order they are handed out (test data, not a rule). */
    private static final String[][] NAMES = {
            {"Nguyen", "Thi", "Lan"}, {"Oluwaseun", "Adeyemi"}, {"Siddharth", "Raghunathan"}, {"Xu", "Mingzhe"},
            {"Aigerim", "Bekova"}, {"Tjarnhild", "Osvaldsdottir"}, {"Kwabena", "Owusu", "Mensah"}, {"Haruka", "Tsuchiya"},
            {"Joao", "Pereira", "Lobo"}, {"Zeynep", "Kocaoglu"}, {"Mpho", "Dlamini"}, {"Ilkka", "Vaisanen"},
            {"Farzaneh", "Ghorbani"}, {"Tupac", "Quispe"}, {"Eun-ji", "Bae"}, {"Ngozi", "Okonkwo"},
    };

    /** Every labeled person renamed: each name token mapped to a token of a name from another culture. */
    static Page renamePeople(Page p) {
        return renamePeople(p, NAMES, "~renamed");
    }

    /** Every labeled person renamed with {@code names} (a family part may hold a particle: "da Silva"). */
    static Page renamePeople(Page p, String[][] names, String suffix) {
        Map<String, String> tokens = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode person : p.truth().path("people")) {
            String[] old = person.path("name").asText().split(" ");
            String[] fresh = names[n++ % names.length];
            // the family name maps to the family name, the first to the first; middle ones in order
            for (int i = 0; i < old.length; i++) {
                String to = i == old.length - 1 ? fresh[fresh.length - 1] : fresh[Math.min(i, fresh.length - 2)];
                tokens.putIfAbsent(old[i], to);
            }
        }
        List<String> forms = new ArrayList<>();
        for (JsonNode person : p.truth().path("people")) {
            forms.add(person.path("name").asText());
            person.path("aliases").forEach(a -> forms.add(a.asText()));
        }
        forms.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, String> whole = new LinkedHashMap<>();
        for (String f : forms) whole.put(f, mapTokens(f, tokens));
        UnaryOperator<String> rename = s -> {
            String out = s;
            for (Map.Entry<String, String> e : whole.entrySet()) {
                out = out.replaceAll("(?<![\\p{L}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}])", Matcher.quoteReplacement(e.getValue()));
            }
            return out;
        };
        return new Page(p.id() + suffix, rename.apply(p.text()), mapStrings(p.truth(), rename));
    }

    private static String mapTokens(String form, Map<String, String> tokens) {
        StringBuilder b = new StringBuilder();
        for (String t : form.split(" ")) b.append(b.length() == 0 ? "" : " ").append(tokens.getOrDefault(t, t));
        return b.toString();
    }

    /** "X said." / "said X" worded with another verb of saying. */
    static Page rewordSaid(Page p, String verb) {
        UnaryOperator<String> f = s -> s.replaceAll("\\bsaid\\b", verb).replaceAll("\\bsays\\b", verb);
        return new Page(p.id() + "~" + verb.replace(' ', '-'), f.apply(p.text()), mapStrings(p.truth(), f));
    }

    private static final String VERB = "(said|says|added|told reporters)";
    private static final String SPEAKER = "((?:[A-Z][\\p{L}’'-]*|of|the)(?: (?:[A-Z][\\p{L}’'-]*|of|the)){0,5}|he|she|they)";

    /** "“Q,” X said." and "“Q,” said X." worded "X said: “Q.”" (a colon after the speaker). */
    static Page colonise(Page p) {
        String open = "(^|[.!?]”? |\\n)“";
        String t = p.text().replaceAll(open + "([^”]{12,}?),” " + SPEAKER + " " + VERB + "\\.", "$1$3 $4: “$2.”")
                .replaceAll(open + "([^”]{12,}?),” " + VERB + " " + SPEAKER + "\\.", "$1$4 $3: “$2.”");
        return new Page(p.id() + "~colon", capitalise(t), p.truth());
    }

    /** "“Q,” X said." worded "“Q,” said X." and the other way round. */
    static Page invert(Page p) {
        String named = "((?:[A-Z][\\p{L}’'-]*|of|the)(?: (?:[A-Z][\\p{L}’'-]*|of|the)){0,5})";
        String t = p.text().replaceAll("([,?!])” " + named + " " + VERB + "\\.", "$1”\u0000$3 $2.")
                .replaceAll("([,?!])” " + VERB + " " + named + "\\.", "$1” $3 $2.")
                .replace("”\u0000", "” ");
        return new Page(p.id() + "~inverted", t, p.truth());
    }

    /** A quote that opens a sentence starts a paragraph of its own (a quote continued in the next paragraph). */
    static Page splitParagraphs(Page p) {
        return new Page(p.id() + "~split", p.text().replaceAll("([.!?]”?) (“)", "$1\n\n$2"), p.truth());
    }

    /** "X said" and "said X" with an institution beside the speaker: "X of the Northfield Policy Institute said". */
    static Page besideInstitution(Page p) {
        String t = p.text();
        for (JsonNode person : p.truth().path("people")) {
            String name = Pattern.quote(person.path("name").asText());
            t = t.replaceAll("(?<![\\p{L}])(" + name + ") " + VERB + "\\b", "$1 of the Northfield Policy Institute $2")
                    .replaceAll("\\b" + VERB + " (" + name + ")(?![\\p{L}])", "$1 $2 of the Northfield Policy Institute");
        }
        return new Page(p.id() + "~institution", t, p.truth());
    }

    /** Curly double quotation marks written as British single ones (‘…’) or as straight double ones ("…"). */
    static Page quoteMarks(Page p, boolean single) {
        String t = single ? p.text().replace('“', '‘').replace('”', '’') : p.text().replace('“', '"').replace('”', '"');
        return new Page(p.id() + (single ? "~single" : "~straight"), t, p.truth());
    }

    /** Lines that open with a dateline ("BERLIN (Reuters) -", "LOS ANGELES —", "WANA –"). */
    private static final Pattern DATELINED = Pattern.compile("^\\p{Lu}[\\p{Lu} .,'’-]{1,40}(?:\\([^)]{2,40}\\))?\\s*[-–—] ");

    /**
     * A paragraph of prose (an archive disclaimer) put in front of a dateline that opens the body: the body still
     * starts at the dateline, and the disclaimer counts as chrome to remove.
     */
    static Page disclaimerBeforeDateline(Page p) {
        String start = p.truth().path("bodyStartsWith").asText();
        if (!DATELINED.matcher(start).find()) return p;
        String disclaimer = "This wire story was imported automatically and is kept for reference only; it may have been updated since it was first published here.";
        String t = p.text().replace(start, disclaimer + "\n\n" + start);
        ObjectNode truth = (ObjectNode) p.truth().deepCopy();
        ((ArrayNode) truth.withArray("boilerplateLines")).add(disclaimer);
        return new Page(p.id() + "~disclaimer", t, truth);
    }

    /** The labeled optional lines that are photo captions with a photographer's credit. */
    static List<String> captions(Page p) {
        List<String> out = new ArrayList<>();
        p.truth().path("optionalLines").forEach(o -> {
            if (o.asText().matches(".*(\\(.*\\bPhoto\\b.*\\)|\\p{L}/\\p{Lu}\\p{L}+.*)$")) out.add(o.asText());
        });
        return out;
    }

    /** Every photo caption moved from where it stands to just after the body's first paragraph. */
    static Page captionInBody(Page p) {
        String start = p.truth().path("bodyStartsWith").asText();
        String t = p.text();
        int at = t.indexOf(start);
        if (captions(p).isEmpty() || at < 0) return p;
        for (String c : captions(p)) t = t.replace(c + "\n", "");
        at = t.indexOf(start);
        int end = t.indexOf('\n', at);
        if (end < 0) return p;
        t = t.substring(0, end) + "\n\n" + String.join("\n\n", captions(p)) + "\n" + t.substring(end);
        return new Page(p.id() + "~caption", t, p.truth());
    }

    static final java.util.Set<String> ORGANISATION_KINDS = java.util.Set.of("organization", "government_body", "agency",
            "company", "political_party");

    /** The initials of a name of three or more capitalised words ("International Atomic Energy Agency" -> "IAEA"), or null. */
    static String initials(String name) {
        return initials(name, 3);
    }

    /** The initials of a name of {@code letters} capitalised words or more, function words skipped; else null. */
    static String initials(String name, int letters) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split(" ")) {
            if (w.equals("of") || w.equals("and") || w.equals("for") || w.equals("the")) continue;
            if (!w.matches("\\p{Lu}\\p{Ll}+")) return null;
            b.append(w.charAt(0));
        }
        return b.length() >= letters ? b.toString() : null;
    }

    /**
     * Each organisation labeled by a long name is defined once with its acronym, "the Northfield Policy Institute
     * (NPI)", and named by the acronym after that; the truth gains the acronym as an alias.
     */
    static Page acronyms(Page p) {
        String t = p.text();
        ObjectNode truth = (ObjectNode) p.truth().deepCopy();
        boolean changed = false;
        for (JsonNode e : truth.path("entities")) {
            String name = e.path("name").asText(), acr = initials(name);
            if (acr == null || !ORGANISATION_KINDS.contains(e.path("kind").asText()) || t.contains(acr)) continue;
            int first = t.indexOf(name);
            if (first < 0) continue;
            int after = first + name.length();
            String rest = t.substring(after).replace(name, acr);
            t = t.substring(0, after) + " (" + acr + ")" + rest;
            ((ArrayNode) e.withArray("aliases")).add(acr);
            changed = true;
        }
        for (String f : List.of("bodyStartsWith", "bodyEndsWith")) {
            String v = truth.path(f).asText();
            for (JsonNode e : truth.path("entities")) {
                String acr = initials(e.path("name").asText());
                String name = e.path("name").asText();
                if (acr == null || t.contains(v)) continue;
                String defined = v.replace(name, name + " (" + acr + ")");
                v = t.contains(defined) ? defined : v.replace(name, acr);
            }
            truth.put(f, v);
        }
        return changed ? new Page(p.id() + "~acronym", t, truth) : p;
    }

    /**
     * "“Q,” Kirby said." worded "“Q,” the panel said.": the quote's speaker becomes an institution named by a
     * common noun (the truth's speaker becomes "panel"); only quotes attributed by a name right after them.
     */
    static Page institutionSpeaks(Page p) {
        String t = p.text();
        ObjectNode truth = (ObjectNode) p.truth().deepCopy();
        boolean changed = false;
        for (JsonNode q : truth.path("quotes")) {
            String text = q.path("text").asText();
            int at = t.indexOf(text);
            if (at < 0 || text.length() < 12) continue;
            for (JsonNode person : p.truth().path("people")) {
                if (!person.path("name").asText().equals(q.path("speaker").asText())) continue;
                List<String> forms = new ArrayList<>();
                forms.add(person.path("name").asText());
                person.path("aliases").forEach(a -> forms.add(a.asText()));
                forms.sort(Comparator.comparingInt(String::length).reversed());
                int close = at + text.length();
                Matcher m = Pattern.compile("^([,.?!]?” )(" + String.join("|", forms.stream().map(Pattern::quote).toList()) + ") " + VERB + "\\b")
                        .matcher(t.substring(close));
                if (!m.find()) continue;
                t = t.substring(0, close) + m.group(1) + "the panel " + m.group(3) + t.substring(close + m.end());
                ((ObjectNode) q).put("speaker", "panel");
                changed = true;
            }
        }
        return changed ? new Page(p.id() + "~panel", t, truth) : p;
    }

    /**
     * Curly double quotation marks written in another convention: French guillemets with inner spaces
     * ("« Q »"), German low-high marks ("„Q“"), reversed guillemets ("»Q«") or single guillemets ("‹Q›").
     * Nested single marks stay as they are.
     */
    static Page foreignMarks(Page p, String open, String close) {
        UnaryOperator<String> f = s -> s.replace("“", open).replace("”", close);
        return new Page(p.id() + "~marks" + open.strip(), f.apply(p.text()), mapStrings(p.truth(), f));
    }

    /**
     * A quotation of two sentences or more runs over two paragraphs, as newspapers print it: the opening mark
     * starts each paragraph and only the last one closes ("“S1.\n\n“S2,” X said."). The truth has the two
     * parts, each with the quote's speaker.
     */
    static Page continuedQuote(Page p) {
        String t = p.text();
        ObjectNode truth = (ObjectNode) p.truth().deepCopy();
        ArrayNode quotes = truth.putArray("quotes");
        boolean changed = false;
        for (JsonNode q : p.truth().path("quotes")) {
            String text = q.path("text").asText();
            int at = t.indexOf("“" + text);
            Matcher m = SENTENCE_END.matcher(text);
            if (at < 0 || !m.find() || m.end() < 40 || text.length() - m.end() < 20) {
                quotes.add(q);
                continue;
            }
            String first = text.substring(0, m.end()).strip(), second = text.substring(m.end()).strip();
            t = t.substring(0, at + 1) + first + "\n\n“" + second + t.substring(at + 1 + text.length());
            for (String part : List.of(first, second)) {
                ObjectNode o = ((ObjectNode) q).deepCopy();
                o.put("text", part);
                o.put("fragment", Text.wordCount(part) < 6);
                quotes.add(o);
            }
            changed = true;
        }
        return changed ? new Page(p.id() + "~continued", t, truth) : p;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?] (?=\\p{Lu})");

    /** Lines of another site's related-stories block (test data). */
    static final List<String> RELATED = List.of("Heavy rain expected across the region this weekend",
            "Local school wins national science award after a long campaign");

    /**
     * An inline related-stories block ("Related stories" or "Read more" and two other stories' headlines) put
     * after the body's first paragraph: the body goes on after it, and the block is chrome to remove.
     */
    static Page relatedInBody(Page p, String label) {
        String start = p.truth().path("bodyStartsWith").asText(), end = p.truth().path("bodyEndsWith").asText();
        String t = p.text();
        int at = t.indexOf(start);
        int eol = at < 0 ? -1 : t.indexOf('\n', at);
        if (eol < 0 || t.indexOf(end) <= eol) return p;
        List<String> block = new ArrayList<>();
        block.add(label);
        block.addAll(RELATED);
        t = t.substring(0, eol) + "\n\n" + String.join("\n\n", block) + t.substring(eol);
        ObjectNode truth = (ObjectNode) p.truth().deepCopy();
        block.forEach(b -> ((ArrayNode) truth.withArray("boilerplateLines")).add(b));
        return new Page(p.id() + "~related", t, truth);
    }

    /** "“Q,” X said." and "“Q,” said X." worded "“Q,” according to X." */
    static Page accordingTo(Page p) {
        String named = "((?:[A-Z][\\p{L}’'-]*|of|the)(?: (?:[A-Z][\\p{L}’'-]*|of|the)){0,5})";
        String t = p.text().replaceAll(",” " + named + " " + VERB + "\\.", ",” according to $1.")
                .replaceAll(",” " + VERB + " " + named + "\\.", ",” according to $2.");
        return t.equals(p.text()) ? p : new Page(p.id() + "~according", t, p.truth());
    }

    /** "“Q,” X said." worded "X told the Northfield Courier: “Q.”" (a speaker before a colon, with the outlet told). */
    static Page toldOutlet(Page p) {
        String t = p.text().replaceAll("(^|[.!?]”? |\\n)“([^”]{12,}?),” " + SPEAKER + " " + VERB + "\\.", "$1$3 told the Northfield Courier: “$2.”");
        return t.equals(p.text()) ? p : new Page(p.id() + "~told", t, p.truth());
    }

    /**
     * The scraper's date stamp ("date 2023-05-01") glued in front of the first body paragraph of a page without a
     * headline line, as the corpus prints it on some pages: the paragraph must stay body.
     */
    static Page stampGlued(Page p) {
        if (!p.truth().path("headline").isNull()) return p;
        String start = p.truth().path("bodyStartsWith").asText();
        int at = p.text().indexOf(start);
        if (at < 0 || at > 0 && p.text().charAt(at - 1) != '\n') return p;
        String t = p.text().substring(0, at) + " date 2023-05-01 " + p.text().substring(at);
        return new Page(p.id() + "~stamp", t, p.truth());
    }

    private static String capitalise(String t) {
        return t.replaceAll("(^|[.!?”] |\n)he said:", "$1He said:").replaceAll("(^|[.!?”] |\n)she said:", "$1She said:");
    }

    /** Every string of the truth passed through {@code f} (names, aliases, quotes, speakers, lines). */
    static JsonNode mapStrings(JsonNode n, UnaryOperator<String> f) {
        if (n.isTextual()) return TextNode.valueOf(f.apply(n.asText()));
        if (n.isObject()) {
            ObjectNode o = ((ObjectNode) n).deepCopy();
            n.fields().forEachRemaining(e -> o.set(e.getKey(), mapStrings(e.getValue(), f)));
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = ((ArrayNode) n).arrayNode();
            n.forEach(x -> a.add(mapStrings(x, f)));
            return a;
        }
        return n;
    }

    private Perturb() {
    }
}
