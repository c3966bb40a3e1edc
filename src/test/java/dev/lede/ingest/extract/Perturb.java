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
        Map<String, String> tokens = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode person : p.truth().path("people")) {
            String[] old = person.path("name").asText().split(" ");
            String[] fresh = NAMES[n++ % NAMES.length];
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
        return new Page(p.id() + "~renamed", rename.apply(p.text()), mapStrings(p.truth(), rename));
    }

    private static String mapTokens(String form, Map<String, String> tokens) {
        StringBuilder b = new StringBuilder();
        for (String t : form.split(" ")) b.append(b.length() == 0 ? "" : " ").append(tokens.getOrDefault(t, t));
        return b.toString();
    }

    /** "X said." / "said X" worded with another verb of saying. */
    static Page rewordSaid(Page p, String verb) {
        String text = p.text().replaceAll("\\bsaid\\b", verb).replaceAll("\\bsays\\b", verb);
        return new Page(p.id() + "~" + verb.replace(' ', '-'), text, p.truth());
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
