package dev.lede.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Perturbed copies of a labeled page for the quote and speaker failure classes of round 6 (text and truth changed
 * together): names with particles and hyphens, a relative clause between the speaker and the verb, a role after
 * "said X", an organisation in that role, a long title after "according to". Each copy stands for a shape real
 * pages show; the names are test data, not rules.
 */
final class QuotePerturb {

    /** Names whose family part has a particle or whose given name is hyphenated (test data, not a rule). */
    static final String[][] PARTICLE_NAMES = {
            {"Luiz", "da Silva"}, {"Abdullah", "bin Rashid"}, {"Karim", "al-Masri"}, {"Jean-Baptiste", "de Villiers"},
            {"Thanh-Huong", "Pham"}, {"Maria", "dos Santos"}, {"Hamad", "bin Khalifa"}, {"Ana", "de la Cruz"},
            {"Omar", "el-Sayed"}, {"Min-jun", "Park"}, {"Pieter", "van der Berg"}, {"Nurul", "binti Aziz"},
    };

    /** Hyphenated given names of two syllables and a surname (test data, not a rule). */
    static final String[][] HYPHENATED_NAMES = {
            {"Thanh-Huong", "Pham"}, {"Min-jun", "Seo"}, {"Eun-ji", "Bae"}, {"Jae-won", "Choi"}, {"Hong-Anh", "Tran"},
            {"Ji-woo", "Kang"}, {"Xuan-Mai", "Dinh"}, {"Seung-hoon", "Yoo"},
    };

    /** Round 8: every labeled person renamed with a hyphenated given name of {@link #HYPHENATED_NAMES}. */
    static Perturb.Page hyphenatedNames(Perturb.Page p) {
        return Perturb.renamePeople(p, HYPHENATED_NAMES, "~hyphen");
    }

    /** Every labeled person renamed with a name of {@link #PARTICLE_NAMES}. */
    static Perturb.Page particleNames(Perturb.Page p) {
        return Perturb.renamePeople(p, PARTICLE_NAMES, "~particles");
    }

    /** "X said" (or told, added, ...) worded "X, who has followed the matter for years, said": a relative clause before the verb. */
    static Perturb.Page relativeClause(Perturb.Page p) {
        Perturb.Page q = perPerson(p, "~who", "(?<![\\p{L}])(%s) (said|says|told|added|stated|explained|noted|wrote)\\b", "$1, who has followed the matter for years, $2");
        // "“Q,” said X." turned round the same way: "“Q,” X, who ..., said."
        Perturb.Page r = perPerson(q, "~who", ",” (?:said|says) (%s)\\.", ",” $1, who has followed the matter for years, said.");
        return r.id().endsWith("~who~who") ? new Perturb.Page(q.id(), r.text(), r.truth()) : r;
    }

    /** "said X." worded "said X, the agency's chief spokeswoman.": a role naming a kind of institution after the name. */
    static Perturb.Page roleAfterName(Perturb.Page p) {
        return perPerson(p, "~role", SAID_NAME, "said $1$2, the agency's chief spokesperson.");
    }

    /**
     * "said X." worded "said X, a spokesperson for the Northfield Water Authority.": an organisation named right
     * after the speaker, which the truth gains; the quote stays the person's.
     */
    static Perturb.Page organisationAfterName(Perturb.Page p) {
        Perturb.Page q = perPerson(p, "~org", SAID_NAME, "said $1$2, a spokesperson for the Northfield Water Authority.");
        if (q == p) return p;
        ObjectNode o = ((ObjectNode) q.truth()).withArray("entities").addObject();
        o.put("name", "Northfield Water Authority");
        o.put("kind", "agency");
        o.putArray("aliases").add("Northfield Water Authority");
        return q;
    }

    /** "“Q,” X said." worded "“Q,” according to the deputy director of the regional planning office, X.". */
    static Perturb.Page accordingToLongTitle(Perturb.Page p) {
        return perPerson(p, "~longtitle", ",” (?:(%1$s) (?:said|says)|(?:said|says) (%1$s))\\.", ",” according to the deputy director of the regional planning office, $1$2.");
    }

    /**
     * Round 8: "“Q,” X said." and "“Q,” said US Secretary of State X." worded "“Q,” according to the deputy head of
     * the regional planning office, X.": a long title with a comma between "according to" and the name. Unlike
     * round 6's copy, the labeled last lines change with the text, so the copy reaches the quotes that close a body.
     */
    static Perturb.Page accordingToTitle(Perturb.Page p) {
        return perPersonWithLines(p, "~accordingtitle", TITLED_SAID, ",” according to the deputy head of the regional planning office, $1$2.");
    }

    /**
     * Round 8: the same quotes worded "“Q,” the regional planning office's deputy head X, who has followed the matter
     * for years, said.": a long title before the name and a relative clause between the name and the verb.
     */
    static Perturb.Page titledRelativeClause(Perturb.Page p) {
        return perPersonWithLines(p, "~titledwho", TITLED_SAID,
                ",” the regional planning office’s deputy head $1$2, who has followed the matter for years, said.");
    }

    /** "," X said." / "," said [title words] X." right after a quote (group 1 or 2 the name). */
    private static final String TITLED_SAID = ",” (?:(%1$s) (?:said|says)|(?:said|says) (?:[A-Z][\\p{L}.’']* |of ){0,5}(%1$s))\\.";

    /** As {@link #perPerson}, the labeled first and last lines of the body changed with the text. */
    private static Perturb.Page perPersonWithLines(Perturb.Page p, String suffix, String regex, String replacement) {
        Perturb.Page q = p;
        for (String f : forms(p)) {
            Pattern re = Pattern.compile(String.format(regex, Pattern.quote(f)));
            ObjectNode truth = (ObjectNode) q.truth().deepCopy();
            for (String line : List.of("bodyStartsWith", "bodyEndsWith")) truth.put(line, re.matcher(truth.path(line).asText()).replaceAll(replacement));
            Perturb.Page r = new Perturb.Page(q.id(), re.matcher(q.text()).replaceAll(replacement), truth);
            if (labeledLinesKept(r, r.text())) q = r;
        }
        return q.text().equals(p.text()) ? p : new Perturb.Page(p.id() + suffix, q.text(), q.truth());
    }

    /** Every labeled person's name and aliases, longest first. */
    private static List<String> forms(Perturb.Page p) {
        List<String> forms = new ArrayList<>();
        for (JsonNode person : p.truth().path("people")) {
            forms.add(person.path("name").asText());
            person.path("aliases").forEach(a -> forms.add(a.asText()));
        }
        forms.sort((a, b) -> b.length() - a.length());
        return forms;
    }

    /** "said X." or "X said." closing a sentence (group 1 or 2 the name). */
    private static final String SAID_NAME = "\\b(?:(?:said|says) (%1$s)|(?<![\\p{L}])(%1$s) (?:said|says))(?![\\p{L}’'])\\.";

    /** The replacement applied after each labeled person's name (or alias), outside the labeled lines. */
    private static Perturb.Page perPerson(Perturb.Page p, String suffix, String regex, String replacement) {
        String t = p.text();
        List<String> forms = new ArrayList<>();
        for (JsonNode person : p.truth().path("people")) {
            forms.add(person.path("name").asText());
            person.path("aliases").forEach(a -> forms.add(a.asText()));
        }
        forms.sort((a, b) -> b.length() - a.length());
        for (String f : forms) {
            String changed = Pattern.compile(String.format(regex, Pattern.quote(f))).matcher(t).replaceAll(replacement);
            if (labeledLinesKept(p, changed)) t = changed;
        }
        return t.equals(p.text()) ? p : new Perturb.Page(p.id() + suffix, t, p.truth().deepCopy());
    }

    /** Whether the headline and the body's labeled first and last words still stand verbatim in {@code text}. */
    private static boolean labeledLinesKept(Perturb.Page p, String text) {
        for (String f : List.of("headline", "bodyStartsWith", "bodyEndsWith")) if (!text.contains(p.truth().path(f).asText())) return false;
        return true;
    }

    private QuotePerturb() {
    }
}
