package dev.lede.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/**
 * Perturbed copies of a labeled page for round 7 (long and short official names of one body), text and truth changed
 * together, and the check that counts how often one body is stored as two entities, or two bodies as one. The names
 * added are test data, not rules.
 */
final class AliasPerturb {

    /**
     * Each labeled organisation of three capitalised words or more that the page names twice or more: named in full
     * the first time, then by its initials with no definition in parentheses ("NPI", or dotted "N.P.I.").
     */
    static Perturb.Page initialsLater(Perturb.Page p, boolean dotted) {
        String t = p.text();
        ObjectNode truth = (ObjectNode) p.truth().deepCopy();
        boolean changed = false;
        for (JsonNode e : truth.path("entities")) {
            String name = e.path("name").asText(), acr = Perturb.initials(name, 2); // "White House" -> "WH"
            if (acr == null || !Perturb.ORGANISATION_KINDS.contains(e.path("kind").asText()) || t.contains(acr)) continue;
            int first = t.indexOf(name);
            if (first < 0 || t.indexOf(name, first + name.length()) < 0) continue;
            String form = dotted ? acr.replaceAll("(.)", "$1.") : acr;
            int after = first + name.length();
            t = t.substring(0, after) + t.substring(after).replace(name, form);
            ((ArrayNode) e.withArray("aliases")).add(form);
            changed = true;
            for (String f : List.of("bodyStartsWith", "bodyEndsWith")) {
                String v = truth.path(f).asText();
                if (!t.contains(v)) truth.put(f, v.replace(name, form));
            }
        }
        return changed ? new Perturb.Page(p.id() + (dotted ? "~dotted" : "~initials"), t, truth) : p;
    }

    /** A sentence naming a ministry both ways ("the Ministry of Harbour Affairs" ... "the Harbour Ministry"). */
    static Perturb.Page ministryBothWays(Perturb.Page p) {
        return added(p, " The Ministry of Harbour Affairs announced that the Harbour Ministry would follow the case.", "~ministry",
                body("Ministry of Harbour Affairs", "government_body", "Harbour Ministry"));
    }

    /** A sentence naming a party by its full name, then by its bare name, and as "the party". */
    static Perturb.Page partyBareName(Perturb.Page p) {
        return added(p, " The Velmora Party announced that Velmora would stay out of the talks; the party meets again in June.",
                "~party", body("Velmora Party", "political_party", "Velmora"));
    }

    /**
     * The guard: one ministry of two countries, then the short form alone, which could be either ("the Harbour
     * Ministry" stays an entity of its own, labeled so).
     */
    static Perturb.Page twoMinistries(Perturb.Page p) {
        if (p.text().contains("Norw") || p.text().contains("Chile")) return p;
        return added(p, " The Ministry of Harbour Affairs of Norway and the Ministry of Harbour Affairs of Chile disagreed,"
                        + " and the Harbour Ministry announced a review.", "~two",
                body("Ministry of Harbour Affairs of Norway", "government_body"),
                body("Ministry of Harbour Affairs of Chile", "government_body"),
                body("Harbour Ministry", "government_body"));
    }

    /**
     * Round 8: the page's first labeled country's ministry named in full, then by the country's demonym before the
     * short form ("the Ministry of Harbour Affairs of Germany ... the German Harbour Ministry"): one body, and the
     * demonym's form is its alias.
     */
    static Perturb.Page demonymShortForm(Perturb.Page p) {
        String[] c = firstCountry(p);
        if (c == null) return p;
        String full = "Ministry of Harbour Affairs of " + c[0];
        return added(p, " The " + full + " said it would review the plan, and the " + c[1] + " Harbour Ministry later confirmed it.",
                "~demonym", body(full, "government_body", c[1] + " Harbour Ministry"));
    }

    /** The guard: another country's demonym before the short form names another body ("the Chilean Harbour Ministry"). */
    static Perturb.Page otherDemonym(Perturb.Page p) {
        String[] c = firstCountry(p);
        if (c == null || p.text().contains("Chile")) return p;
        String full = "Ministry of Harbour Affairs of " + c[0];
        return added(p, " The " + full + " said it would review the plan, and the Chilean Harbour Ministry later rejected it.",
                "~otherdemonym", body(full, "government_body"), body("Chilean Harbour Ministry", "government_body"));
    }

    /** The first labeled country of the page and its demonym (from the country data), or null. */
    private static String[] firstCountry(Perturb.Page p) {
        for (JsonNode e : p.truth().path("entities")) {
            if (!"country".equals(e.path("kind").asText())) continue;
            for (CountryData.Country c : CountryData.all()) {
                if (c.name().equals(e.path("name").asText()) && !c.demonyms().isEmpty()) return new String[] {c.name(), c.demonyms().get(0)};
            }
        }
        return null;
    }

    private record Body(String name, String kind, String[] aliases) {
    }

    private static Body body(String name, String kind, String... aliases) {
        return new Body(name, kind, aliases);
    }

    /** The sentence added at the end of the body's last paragraph (where it moves no quote), the bodies to the truth. */
    private static Perturb.Page added(Perturb.Page p, String sentence, String suffix, Body... bodies) {
        String end = p.truth().path("bodyEndsWith").asText();
        int at = p.text().indexOf(end);
        if (at < 0 || p.truth().path("truncated").asBoolean() || p.text().contains("Harbour")) return p;
        int eol = p.text().indexOf('\n', at);
        if (eol < 0) eol = p.text().length();
        ObjectNode truth = (ObjectNode) p.truth().deepCopy();
        for (Body b : bodies) {
            ObjectNode o = truth.withArray("entities").addObject();
            o.put("name", b.name());
            o.put("kind", b.kind());
            ArrayNode aliases = o.putArray("aliases").add(b.name());
            for (String a : b.aliases()) aliases.add(a);
        }
        return new Perturb.Page(p.id() + suffix, p.text().substring(0, eol) + sentence + p.text().substring(eol), truth);
    }

    /** Labeled bodies stored as two entities or more (each entity's name or a form matching the body's names). */
    static int storedTwice(Extraction x, JsonNode truth) {
        int n = 0;
        for (JsonNode body : truth.path("entities")) {
            Set<String> names = DevSet.nameSet(body);
            if (x.entities().stream().filter(e -> names.contains(Text.norm(e.name()))).count() > 1) n++;
        }
        return n;
    }

    /** The labeled short forms ("aliases" other than the name) found as forms of the entity that bears the body's name. */
    static int formsLinked(Extraction x, JsonNode truth) {
        int n = 0;
        for (JsonNode body : truth.path("entities")) {
            Set<String> names = DevSet.nameSet(body);
            Extraction.EntityFound e = x.entities().stream().filter(f -> names.contains(Text.norm(f.name()))).findFirst().orElse(null);
            if (e == null) continue;
            Set<String> forms = new java.util.HashSet<>();
            e.forms().forEach(f -> forms.add(Text.norm(f)));
            for (JsonNode a : body.path("aliases")) if (!Text.norm(a.asText()).equals(Text.norm(e.name())) && forms.contains(Text.norm(a.asText()))) n++;
        }
        return n;
    }

    /** Entities whose forms name two labeled bodies or more: two bodies linked as one. */
    static int linkedTogether(Extraction x, JsonNode truth) {
        int n = 0;
        for (Extraction.EntityFound e : x.entities()) {
            long bodies = 0;
            for (JsonNode body : truth.path("entities")) {
                Set<String> names = DevSet.nameSet(body);
                if (names.contains(Text.norm(e.name())) || e.forms().stream().anyMatch(f -> names.contains(Text.norm(f)))) bodies++;
            }
            if (bodies > 1) n++;
        }
        return n;
    }

    private AliasPerturb() {
    }
}
