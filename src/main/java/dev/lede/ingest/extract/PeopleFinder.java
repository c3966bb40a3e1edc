package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People named in the text. A capitalised run that is not an entity is a name when there is evidence: a known
 * first name, a title next to it, a speech verb after it, an honorific, or the catalog. Surname-only mentions
 * ("Kirby", "Mr Darling") resolve to the full name seen in the same article. The role comes from the text
 * around a mention: a title before it ("press secretary Sean Spicer"), an apposition after it
 * ("Antony Blinken, US Secretary of State,") or before it ("Moscow’s envoy to the UN, Vassily Nebenzia,").
 */
public final class PeopleFinder {

    /** A person with every mention; {@code role} null when the text states none. */
    public static final class Person {
        public final String name;
        public String role;
        public String knownId;
        public double confidence;
        public final List<Mention> mentions = new ArrayList<>();
        public final java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>();

        Person(String name, double confidence) {
            this.name = name;
            this.confidence = confidence;
        }

        String surname() {
            String[] p = name.split(" ");
            return p[p.length - 1];
        }

        String firstName() {
            return name.split(" ")[0];
        }
    }

    private record Candidate(int firstTok, int lastTok, boolean honorific) {
    }

    /** Finds people in {@code text}; {@code taken} are entity mentions (not people); {@code extra} texts only add roles. */
    public List<Person> find(String text, List<Mention> taken, Gazetteer known, List<String> roleTexts) {
        List<Tokens.Token> toks = Tokens.of(text);
        Set<String> vocabulary = NameShapes.vocabulary(toks);
        Map<String, Person> people = new LinkedHashMap<>();
        List<Candidate> singles = new ArrayList<>();
        List<NameShapes.Run> unanchored = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Tokens.Token t = toks.get(i);
            if (!t.capitalized()) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < toks.size() && (toks.get(j + 1).capitalized() || isConnector(toks, j + 1))
                    && Tokens.adjacent(text, toks.get(j), toks.get(j + 1))) j++;
            // the name is the longest tail of the run made of name-like words
            int s = j + 1;
            while (s - 1 >= i && nameLike(toks.get(s - 1), text, taken)) s--;
            while (s <= j && isConnector(toks, s)) s++;
            // "State Antony Blinken" (the run crossed "Secretary of State"): a title word before a word that can
            // open a name is dropped, whatever culture the name is from (only a title word: "New York City" keeps "New")
            while (j - s + 1 >= 3 && titleWord(toks.get(s).text()) && opensName(toks.get(s + 1), vocabulary)) s++;
            boolean honorific = s - 1 >= i && Tokens.HONORIFICS.contains(toks.get(s - 1).text())
                    || s - 2 >= i && toks.get(s - 1).text().equals(".") && Tokens.HONORIFICS.contains(toks.get(s - 2).text());
            if (!honorific && s == i && i >= 2 && toks.get(i - 1).text().equals(".") && Tokens.HONORIFICS.contains(toks.get(i - 2).text())) honorific = true;
            if (j - s + 1 >= 2 && j - s + 1 <= 4) {
                int from = j - s + 1 == 4 && titleWord(toks.get(s).text()) ? s + 1 : s;
                String name = text.substring(toks.get(from).start(), toks.get(j).end());
                KnownNames.Known k = known == null ? null : known.knownPerson(name);
                double evidence = evidence(toks, text, from, j, honorific, k != null);
                if (evidence > 0) add(people, text, toks, from, j, k, evidence);
                else unanchored.add(new NameShapes.Run(from, j));
            } else if (j - s + 1 == 1) {
                singles.add(new Candidate(s, s, honorific));
            }
            i = j + 1;
        }
        for (NameShapes.Run r : NameShapes.names(text, toks, unanchored, people.keySet())) add(people, text, toks, r.from(), r.to(), null, 0.6);
        // catalog people the capitalisation rules missed ("Lula", an unusual name): the automaton finds them
        if (known != null) {
            for (AhoCorasick.Match<KnownNames.Known> m : known.findKnownPeople(text)) {
                boolean seen = people.values().stream().anyMatch(p -> p.mentions.stream().anyMatch(x -> x.start() < m.end() && m.start() < x.end()));
                boolean entity = taken.stream().anyMatch(x -> x.start() < m.end() && m.start() < x.end());
                if (seen || entity) continue;
                String surface = text.substring(m.start(), m.end());
                Person p = people.computeIfAbsent(m.value().name(), n -> new Person(n, 0.9));
                p.knownId = m.value().id();
                p.forms.add(surface);
                p.mentions.add(new Mention(m.start(), m.end(), surface, p.name, null, true));
                if (p.role == null) {
                    int a = -1, b = -1;
                    for (int x = 0; x < toks.size(); x++) {
                        if (toks.get(x).start() == m.start()) a = x;
                        if (toks.get(x).end() == m.end()) b = x;
                    }
                    if (a >= 0 && b >= 0) p.role = role(text, toks, a, b);
                }
            }
        }
        // single words: the surname (or, when unambiguous, the first name) of someone already named
        for (Candidate c : singles) {
            Tokens.Token t = toks.get(c.firstTok());
            Person hit = null;
            int count = 0;
            for (Person p : people.values()) {
                if (p.surname().equals(t.text()) || (!c.honorific() && p.firstName().equals(t.text()) && p.name.contains(" "))) {
                    hit = p;
                    count++;
                }
            }
            if (count == 1) {
                if (hit.role == null) hit.role = role(text, toks, c.firstTok(), c.firstTok());
                hit.forms.add(t.text());
                hit.mentions.add(new Mention(t.start(), t.end(), t.text(), hit.name, null, true));
            } else if (count == 0 && c.honorific()) {
                Person p = people.computeIfAbsent(t.text(), n -> new Person(n, 0.5));
                p.forms.add(t.text());
                p.mentions.add(new Mention(t.start(), t.end(), t.text(), p.name, null, true));
            }
        }
        // roles stated only in a caption or a dek
        for (String extra : roleTexts) {
            if (extra == null) continue;
            List<Tokens.Token> et = Tokens.of(extra);
            for (Person p : people.values()) {
                if (p.role != null) continue;
                int at = extra.indexOf(p.name);
                if (at < 0) continue;
                int a = -1, b = -1;
                for (int x = 0; x < et.size(); x++) {
                    if (et.get(x).start() == at) a = x;
                    if (et.get(x).end() == at + p.name.length()) b = x;
                }
                if (a >= 0 && b >= 0) p.role = role(extra, et, a, b);
            }
        }
        List<Person> out = new ArrayList<>(people.values());
        for (Person p : out) p.mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** A word that may start a name: a known first name, or a word the page never writes in lower case and no title. */
    private static boolean opensName(Tokens.Token t, Set<String> vocabulary) {
        return FirstNames.contains(t.text()) || !vocabulary.contains(t.lower()) && !titleWord(t.text());
    }

    private static boolean titleWord(String w) {
        return !FirstNames.contains(w) && (Roles.isNoun(w) || Roles.MODIFIERS.contains(w.toLowerCase()) || EntityKeywords.kindForKeyword(w) != null);
    }

    /** "(Photo: Sandor Csudai)", "Photo by ...": who took the picture is not someone the story is about. */
    private static final java.util.regex.Pattern PHOTO_CREDIT = java.util.regex.Pattern.compile("(?i)\\b(?:photo|photograph|picture|image|credit)s?\\s*(?:by|:)\\s*$");

    private static void add(Map<String, Person> people, String text, List<Tokens.Token> toks, int from, int to, KnownNames.Known k, double evidence) {
        int at = toks.get(from).start();
        if (PHOTO_CREDIT.matcher(text.substring(Math.max(0, at - 20), at)).find()) return;
        String name = text.substring(toks.get(from).start(), toks.get(to).end());
        String canonical = k != null ? k.name() : name;
        Person p = people.computeIfAbsent(canonical, n -> new Person(n, 0));
        p.confidence = Math.max(p.confidence, evidence);
        if (k != null) p.knownId = k.id();
        p.forms.add(name);
        p.mentions.add(new Mention(toks.get(from).start(), toks.get(to).end(), name, canonical, null, true));
        if (p.role == null) p.role = role(text, toks, from, to);
    }

    private static boolean isConnector(List<Tokens.Token> toks, int k) {
        return Set.of("de", "van", "von", "der", "bin", "al", "da", "dos", "del", "la", "le", "ibn").contains(toks.get(k).text())
                && k + 1 < toks.size() && toks.get(k + 1).capitalized();
    }

    private static boolean nameLike(Tokens.Token t, String text, List<Mention> taken) {
        if (t.type() != Tokens.Type.WORD) return false;
        if (!t.capitalized() && !Set.of("de", "van", "von", "der", "bin", "al", "da", "dos", "del", "la", "le", "ibn").contains(t.text())) return false;
        if (Tokens.STOP.contains(t.text()) || Roles.isNoun(t.text()) || t.allCaps()) return false;
        if (EntityKeywords.kindForKeyword(t.text()) != null) return false;
        for (Mention m : taken) if (t.start() < m.end() && m.start() < t.end()) return false;
        return Character.isLetter(t.text().charAt(0));
    }

    /** How sure a capitalised pair is a person; 0 when there is no evidence at all. */
    private static double evidence(List<Tokens.Token> toks, String text, int from, int to, boolean honorific, boolean known) {
        if (known) return 0.95;
        double e = 0;
        if (FirstNames.contains(toks.get(from).text())) e = Math.max(e, 0.8);
        if (honorific) e = Math.max(e, 0.8);
        if (from > 0 && Roles.isNoun(toks.get(from - 1).text())) e = Math.max(e, 0.85);
        if (from > 0 && Roles.personNoun(toks.get(from - 1).text())) e = Math.max(e, 0.7);
        if (to + 1 < toks.size() && Roles.SPEECH.contains(toks.get(to + 1).lower())) e = Math.max(e, 0.7);
        if (to + 2 < toks.size() && toks.get(to + 1).text().equals(",") && appositionRole(text, toks, to) != null) e = Math.max(e, 0.8);
        if (appositionBefore(text, toks, from, to) != null) e = Math.max(e, 0.8);
        if (e > 0 && FirstNames.contains(toks.get(from).text()) && (from > 0 && Roles.isNoun(toks.get(from - 1).text()))) e = 0.95;
        return e;
    }

    /** The role stated next to the mention at tokens [from, to], or null. */
    static String role(String text, List<Tokens.Token> toks, int from, int to) {
        String after = appositionRole(text, toks, to);
        if (after != null) return after;
        String before = titleBefore(text, toks, from);
        if (before != null) return before;
        return appositionBefore(text, toks, from, to);
    }

    /** "press secretary Sean Spicer", "US Secretary of State Antony Blinken", "Steinmeier’s spokesman Martin Schaefer". */
    private static String titleBefore(String text, List<Tokens.Token> toks, int from) {
        int k = from - 1;
        int start = -1;
        boolean hasNoun = false;
        while (k >= 0) {
            Tokens.Token t = toks.get(k);
            if (!Tokens.adjacent(text, t, toks.get(k + 1)) && !(toks.get(k + 1).type() == Tokens.Type.POSS)) break;
            if (t.type() == Tokens.Type.POSS) {
                if (k - 1 >= 0 && toks.get(k - 1).capitalized()) {
                    start = k - 1;
                    k -= 2;
                    continue;
                }
                break;
            }
            if (t.type() != Tokens.Type.WORD) break;
            String w = t.text();
            boolean noun = Roles.isNoun(w);
            if (noun) hasNoun = true;
            if (noun || Roles.MODIFIERS.contains(w) || (t.capitalized() && !Tokens.STOP.contains(w))
                    || ((w.equals("of") || w.equals("for")) && start >= 0 && toks.get(k + 1).capitalized())) {
                start = k;
                k--;
                continue;
            }
            break;
        }
        if (start < 0 || !hasNoun) return null;
        while (start < from && Set.of("of", "for").contains(toks.get(start).text())) start++;
        String role = text.substring(toks.get(start).start(), toks.get(from - 1).end());
        return role.isBlank() ? null : role.strip();
    }

    /** ", US Secretary of State," or " - Secretary of State for Children, Schools and Families -" after a name. */
    private static String appositionRole(String text, List<Tokens.Token> toks, int to) {
        int pos = toks.get(to).end();
        String rest = text.substring(pos, Math.min(text.length(), pos + 300)); // an apposition is short
        String phrase = null;
        if (rest.startsWith(" - ") || rest.startsWith(" – ") || rest.startsWith(" — ")) {
            int close = indexOfAny(rest.substring(3), " - ", " – ", " — ");
            if (close > 0) phrase = rest.substring(3, 3 + close);
        } else if (rest.startsWith(", ")) {
            int close = indexOfAny(rest.substring(2), ",", ".", ";");
            if (close > 0) phrase = rest.substring(2, 2 + close);
        }
        if (phrase == null) return null;
        phrase = phrase.strip();
        if (Text.wordCount(phrase) > 10 || Text.wordCount(phrase) < 1) return null;
        List<Tokens.Token> pt = Tokens.of(phrase);
        boolean noun = pt.stream().anyMatch(t -> Roles.isNoun(t.text()));
        if (!noun) return null;
        // a list of names ("Angela Merkel, French President Francois Hollande and ...") is not an apposition
        for (int x = 0; x + 1 < pt.size(); x++) {
            if (pt.get(x).capitalized() && FirstNames.contains(pt.get(x).text()) && pt.get(x + 1).capitalized()) return null;
        }
        if (pt.get(0).type() == Tokens.Type.WORD && Roles.SPEECH.contains(pt.get(0).lower())) return null;
        if (!pt.get(0).capitalized() && !Set.of("the", "a", "an").contains(pt.get(0).text()) && !Roles.isNoun(pt.get(0).text())
                && !Roles.MODIFIERS.contains(pt.get(0).text())) return null;
        return phrase.replaceFirst("^(?:the|a|an) ", "");
    }

    /** "Moscow’s envoy to the UN, Vassily Nebenzia, ...": a title phrase opening the clause, then the name. */
    private static String appositionBefore(String text, List<Tokens.Token> toks, int from, int to) {
        if (from < 2 || !toks.get(from - 1).text().equals(",")) return null;
        if (to + 1 >= toks.size() || !toks.get(to + 1).text().equals(",")) return null;
        // walk back over the title phrase only: names, possessives, titles and "to the"/"of"/"for"
        int k = from - 2;
        while (k >= 0) {
            Tokens.Token t = toks.get(k);
            boolean titleWord = t.type() == Tokens.Type.POSS || (t.capitalized() && !Tokens.STOP.contains(t.text()))
                    || Roles.isNoun(t.text()) || Roles.MODIFIERS.contains(t.text())
                    || Set.of("to", "the", "of", "for", "at", "in", "region", "province", "city", "state", "district",
                    "ministry", "department", "party", "company", "union", "council", "agency").contains(t.text());
            if (!titleWord) break;
            k--;
        }
        int start = k + 1;
        while (start < from - 1 && Set.of("to", "the", "of", "for", "at", "in").contains(toks.get(start).text())) start++;
        if (start >= from - 1 || from - 1 - start > 8) return null;
        boolean noun = false;
        for (int x = start; x < from - 1; x++) if (Roles.isNoun(toks.get(x).text())) noun = true;
        if (!noun) return null;
        String phrase = text.substring(toks.get(start).start(), toks.get(from - 2).end());
        return phrase.replaceFirst("^(?:The|the|A|a|Its|its|His|his|Her|her|Their|their) ", "");
    }

    private static int indexOfAny(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }
}
