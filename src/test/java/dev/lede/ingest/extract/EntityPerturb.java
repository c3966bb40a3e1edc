package dev.lede.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Perturbed copies of a labeled page for the entity failure classes of round 5 (text and truth changed together):
 * two names joined by "and", a demonym before an area noun, a capital inside an event's name, a title after a
 * locative preposition. Each copy stands for a shape real pages show; the names are test data, not rules.
 */
final class EntityPerturb {

    private static final java.util.Set<String> ORGANISATION_KINDS = java.util.Set.of("organization", "government_body",
            "agency", "company", "political_party");

    /**
     * The first mention of each labeled organisation whose name ends in a kind word ("... Institute", "... Party")
     * is preceded by another body of the same kind, "Arcadia Network and X": two entities, not one.
     */
    static Perturb.Page pairedWithAnd(Perturb.Page p) {
        String t = p.text();
        ObjectNode truth = (ObjectNode) p.truth().deepCopy();
        ArrayNode ents = truth.withArray("entities");
        int n = 0;
        for (JsonNode e : p.truth().path("entities")) {
            String name = e.path("name").asText(), kind = e.path("kind").asText();
            String[] words = name.split(" ");
            if (!ORGANISATION_KINDS.contains(kind) || words.length < 2 || words[0].equals("the")
                    || EntityKeywords.kindForKeyword(words[words.length - 1]) == null) continue;
            int at = t.indexOf(" " + name);
            if (at < 0 || inLabeledLine(p, name)) continue;
            String partner = PARTNERS[n++ % PARTNERS.length];
            t = t.substring(0, at + 1) + partner + " and " + t.substring(at + 1);
            ObjectNode o = ents.addObject();
            o.put("name", partner);
            o.put("kind", kind);
            o.putArray("aliases").add(partner);
        }
        return n == 0 ? p : new Perturb.Page(p.id() + "~and", t, truth);
    }

    private static final String[] PARTNERS = {"Arcadia Network", "Halden Trust", "Meridian Works"};

    /**
     * "in P" (a labeled place) worded "in the D province of P", D the demonym of a labeled country: the demonym
     * names no place.
     */
    static Perturb.Page demonymArea(Perturb.Page p) {
        String demonym = null;
        for (JsonNode e : p.truth().path("entities")) {
            if (!e.path("kind").asText().equals("country")) continue;
            for (CountryData.Country c : CountryData.all()) {
                if (c.name().equals(e.path("name").asText()) && !c.demonyms().isEmpty()) demonym = c.demonyms().get(0);
            }
            if (demonym != null) break;
        }
        if (demonym == null) return p;
        String t = p.text();
        for (JsonNode e : p.truth().path("entities")) {
            if (!e.path("kind").asText().equals("place")) continue;
            String name = e.path("name").asText();
            if (CountryData.all().stream().anyMatch(c -> c.capitals().contains(name))) continue; // "province of" a capital reads as the country
            int at = t.indexOf(" in " + name);
            if (at < 0 || inLabeledLine(p, " in " + name) || !Character.isLowerCase(t.charAt(Math.max(0, at - 1))) && t.charAt(Math.max(0, at - 1)) != ',') continue;
            t = t.substring(0, at) + " in the " + demonym + " province of " + t.substring(at + 4);
            return new Perturb.Page(p.id() + "~demonym", t, p.truth());
        }
        return p;
    }

    /**
     * A sentence naming an event after a capital whose country the story does not name ("the Oslo Marathon") added
     * to the last body paragraph: the capital is a word of the event's name, not Norway.
     */
    static Perturb.Page capitalInAName(Perturb.Page p) {
        if (p.text().contains("Norw") || p.text().contains("Oslo")) return p;
        return appendToLastParagraph(p, " The news came on the eve of the Oslo Marathon.", "~event", null);
    }

    /** A sentence with a title after "from" ("a question from Sen. Tupac Quispe"): the title is no place. */
    static Perturb.Page titleAfterPreposition(Perturb.Page p) {
        return appendToLastParagraph(p, " It answered a question from Sen. Tupac Quispe.", "~title", "Tupac Quispe");
    }

    /** Whether {@code s} stands in the headline or the body's labeled first or last words (kept verbatim). */
    private static boolean inLabeledLine(Perturb.Page p, String s) {
        for (String f : java.util.List.of("headline", "bodyStartsWith", "bodyEndsWith")) if (p.truth().path(f).asText().contains(s)) return true;
        return false;
    }

    /** The sentence added at the end of the body's last paragraph, where it moves no quote's attribution. */
    /**
     * "the X Institute said" worded "the X Institute on Monday said" (and "the X Institute Monday said", US wire
     * style): each labeled organisation named with a kind word keeps its name, the weekday is not part of it.
     */
    static Perturb.Page weekdayAfterName(Perturb.Page p, String weekday) {
        String t = p.text();
        boolean changed = false;
        for (JsonNode e : p.truth().path("entities")) {
            String name = e.path("name").asText();
            String[] words = name.split(" ");
            if (!ORGANISATION_KINDS.contains(e.path("kind").asText()) || words.length < 2
                    || EntityKeywords.kindForKeyword(words[words.length - 1]) == null || inLabeledLine(p, name)) continue;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name) + " (?=\\p{Ll})").matcher(t);
            if (!m.find()) continue;
            t = t.substring(0, m.end()) + weekday + " " + t.substring(m.end());
            changed = true;
        }
        return changed ? new Perturb.Page(p.id() + "~weekday", t, p.truth()) : p;
    }

    /** A sentence naming a country's mission by the country's dotted code ("The U.K. Embassy said ..."). */
    static Perturb.Page dottedEmbassy(Perturb.Page p) {
        if (p.text().contains("U.K.") || p.text().contains("Britain") || p.text().contains("United Kingdom")) return p;
        Perturb.Page q = appendToLastParagraph(p, " The U.K. Embassy said it was following the case.", "~embassy", null);
        if (q == p) return p;
        ObjectNode o = ((ObjectNode) q.truth()).withArray("entities").addObject();
        o.put("name", "U.K. Embassy");
        o.put("kind", "government_body");
        o.putArray("aliases").add("U.K. Embassy");
        return q;
    }

    /**
     * "said Jane Doe" worded "said Corvane’s Jane Doe": a labeled person introduced by the possessive of an
     * organisation of hers (a company, a club, a party), which the truth gains as an entity.
     */
    static Perturb.Page ownerBeforePerson(Perturb.Page p) {
        String t = p.text();
        ObjectNode truth = (ObjectNode) p.truth().deepCopy();
        int n = 0;
        for (JsonNode person : p.truth().path("people")) {
            String name = person.path("name").asText();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=(?<![\\p{L}])\\p{Ll}{1,20} )" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}’'])").matcher(t);
            if (n >= OWNERS.length || inLabeledLine(p, name) || !m.find()) continue;
            String owner = OWNERS[n++];
            t = t.substring(0, m.start()) + owner + "’s " + t.substring(m.start());
            ObjectNode o = truth.withArray("entities").addObject();
            o.put("name", owner);
            o.put("kind", "organization");
            o.putArray("aliases").add(owner);
        }
        return n == 0 ? p : new Perturb.Page(p.id() + "~owner", t, truth);
    }

    private static final String[] OWNERS = {"Corvane", "Brightwater"};

    private static Perturb.Page appendToLastParagraph(Perturb.Page p, String sentence, String suffix, String person) {
        String end = p.truth().path("bodyEndsWith").asText();
        int at = p.text().indexOf(end);
        if (at < 0 || p.truth().path("truncated").asBoolean()) return p;
        int eol = p.text().indexOf('\n', at);
        if (eol < 0) eol = p.text().length();
        String t = p.text().substring(0, eol) + sentence + p.text().substring(eol);
        ObjectNode truth = (ObjectNode) p.truth().deepCopy();
        if (person != null) {
            ObjectNode o = truth.withArray("people").addObject();
            o.put("name", person);
            o.putArray("aliases").add(person);
        }
        return new Perturb.Page(p.id() + suffix, t, truth);
    }

    private EntityPerturb() {
    }
}
