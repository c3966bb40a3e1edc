package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * People named in the text. A capitalised run that is not an entity ({@link NameSpans}) is a name when there is
 * evidence ({@link PersonEvidence}): a known first name, a title next to it, a speech verb after it, an
 * honorific, or the catalog. Surname-only mentions ("Kirby", "Mr Darling") resolve to the full name seen in the
 * same article. The role comes from the text around a mention ({@link RolePhrases}).
 */
public final class PeopleFinder {

    /** A person with every mention; {@code role} null when the text states none. */
    public static final class Person {
        public final String name;
        public String role;
        public String knownId;
        public double confidence;
        public final List<Mention> mentions = new ArrayList<>();
        public final LinkedHashSet<String> forms = new LinkedHashSet<>();

        Person(String name, double confidence) {
            this.name = name;
            this.confidence = confidence;
        }

        String surname() {
            String[] p = name.split(" ");
            int last = p.length - 1;
            // "Ferdinand R. Marcos Jr": the generation after the surname is not the surname
            while (last > 0 && SUFFIXES.contains(p[last])) last--;
            return p[last];
        }

        String firstName() {
            return name.split(" ")[0];
        }

        private void mention(int start, int end, String surface) {
            forms.add(surface);
            mentions.add(new Mention(start, end, surface, name, null, true));
        }
    }

    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

    /** "(Photo: Sandor Csudai)", "Photo by ...": who took the picture is not someone the story is about. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?:(?i:\\b(?:photo|photograph|picture|image|credit|foto|photographer)s?\\s*(?:by|:)|\\bcourtesy of)|©|\\b(?:\\p{Lu}{2,}|AP Photo|Getty Images)\\s?[/|])\\s*$");
    /** "Ana Lim/AFP", "Ana Lim | Reuters", "Ana Lim via Getty Images": an agency after the name credits a photographer. */
    private static final Pattern CREDIT_AFTER = Pattern.compile("^(?:\\s?[/|]\\s?(?:\\p{Lu}{2,}|Getty|Reuters|Bloomberg|Xinhua|Shutterstock|Alamy)\\b| via (?:Getty|Reuters|AP|AFP|EPA|Shutterstock|Alamy)\\b)");

    /** Finds people in {@code text}; {@code taken} are entity mentions (not people); {@code roleTexts} only add roles. */
    public List<Person> find(String text, List<Mention> taken, Gazetteer known, List<String> roleTexts) {
        List<Tokens.Token> toks = Tokens.of(text);
        Map<String, Person> people = new LinkedHashMap<>();
        List<NameSpans.Span> singles = new ArrayList<>();
        List<NameShapes.Run> unanchored = new ArrayList<>();
        java.util.Set<String> vocabulary = NameShapes.vocabulary(toks);
        // "D.Y. Chandrachud": initialled names first, so the words after the initials are not a name of their own
        List<int[]> initialled = InitialledNames.find(text, toks, taken, vocabulary);
        List<Mention> notNames = new ArrayList<>(taken);
        for (int[] r : initialled) notNames.add(new Mention(toks.get(r[0]).start(), toks.get(r[1]).end(), "", "", "person", true));
        for (int[] r : initialled) add(people, text, toks, r[0], r[1], null, 0.8);
        for (NameSpans.Span span : NameSpans.of(text, toks, notNames)) {
            if (span.words() >= 2 && span.nameWords(toks) <= 4) named(people, text, toks, span, known, unanchored, vocabulary);
            else if (span.words() == 1) singles.add(span);
        }
        for (NameShapes.Run r : NameShapes.names(text, toks, unanchored, people.keySet())) add(people, text, toks, r.from(), r.to(), null, 0.6);
        if (known != null) catalogPeople(people, text, toks, taken, known);
        // where each person was named before the single words are read: "named last before it" is a binary search
        Map<Person, int[]> namedAt = new java.util.IdentityHashMap<>();
        for (Person p : people.values()) namedAt.put(p, p.mentions.stream().mapToInt(Mention::start).sorted().toArray());
        for (NameSpans.Span single : singles) single(people, text, toks, single, namedAt, vocabulary);
        statedElsewhere(people, roleTexts);
        foldParticleSurnames(people);
        List<Person> out = new ArrayList<>(people.values());
        for (Person p : out) p.mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static final java.util.regex.Pattern AFTER_CODE = java.util.regex.Pattern.compile("(?:^|[^\\p{L}.])(?:U\\.S|U\\.K|U\\.N|E\\.U)\\. $");

    /** A span of two to four words: a person when there is evidence, else left to the name shapes. */
    private static void named(Map<String, Person> people, String text, List<Tokens.Token> toks, NameSpans.Span span,
                              Gazetteer known, List<NameShapes.Run> unanchored, java.util.Set<String> vocabulary) {
        int from = NameSpans.nameStart(toks, span);
        int j = span.to();
        String name = text.substring(toks.get(from).start(), toks.get(j).end());
        KnownNames.Known k = known == null ? null : known.knownPerson(name);
        double evidence = PersonEvidence.of(toks, text, from, j, span.honorific(), k != null);
        // "Nguyen Van Quyet", "Wang Yi": a family name written first, the rest no word of the page's dictionary
        if (evidence == 0 && FamilyNamesFirst.shaped(toks, from, j, vocabulary)) evidence = 0.7;
        // "the U.S. Geological Survey said": a name right after a country's dotted code, with only a verb for evidence, is a body's
        if (k == null && evidence < 0.8 && !FirstNames.contains(toks.get(from).text()) && AFTER_CODE.matcher(text.substring(
                Math.max(0, toks.get(from).start() - 6), toks.get(from).start())).find()) return;
        if (evidence > 0) add(people, text, toks, from, j, k, evidence);
        else unanchored.add(new NameShapes.Run(from, j));
    }

    /** Catalog people the capitalisation rules missed ("Lula", an unusual name): the automaton finds them. */
    private static void catalogPeople(Map<String, Person> people, String text, List<Tokens.Token> toks, List<Mention> taken, Gazetteer known) {
        for (AhoCorasick.Match<KnownNames.Known> m : known.findKnownPeople(text)) {
            boolean seen = people.values().stream().anyMatch(p -> p.mentions.stream().anyMatch(x -> x.start() < m.end() && m.start() < x.end()));
            boolean entity = taken.stream().anyMatch(x -> x.start() < m.end() && m.start() < x.end());
            if (seen || entity) continue;
            Person p = people.computeIfAbsent(m.value().name(), n -> new Person(n, 0.9));
            p.knownId = m.value().id();
            p.mention(m.start(), m.end(), text.substring(m.start(), m.end()));
            if (p.role == null) p.role = roleAt(text, toks, m.start(), m.end());
        }
    }

    /** A single word: the surname (or, when unambiguous, the first name) of someone already named. */
    private static void single(Map<String, Person> people, String text, List<Tokens.Token> toks, NameSpans.Span c, Map<Person, int[]> namedAt,
                               java.util.Set<String> vocabulary) {
        Tokens.Token t = toks.get(c.from());
        Person hit = null;
        int count = 0;
        int latest = -1;
        for (Person p : people.values()) {
            if (p.surname().equals(t.text()) || (!c.honorific() && p.firstName().equals(t.text()) && p.name.contains(" "))) {
                count++;
                // two people share the surname ("Ferdinand Marcos", "Imee Marcos"): the one named last before it
                int before = lastBefore(namedAt.get(p), t.start());
                if (hit == null || before > latest) {
                    hit = p;
                    latest = before;
                }
            }
        }
        if (count > 1 && latest >= 0) count = 1;
        if (count == 1) {
            offerRole(hit, text, toks, c.from(), c.from());
            hit.mention(t.start(), t.end(), t.text());
        } else if (count == 0 && (c.honorific() && !Tokens.HONORIFICS.contains(t.text()) || titledAlone(text, toks, c.from(), vocabulary))) {
            // ("Maj. Gen. Pat Ryder", "Lt. Col. X": a rank after a rank is the title's second word, nobody's name)
            // "Mr Darling", "President Lula" with no full name on the page is still a person; a monarch or a pope is
            // known by the title with the name ("Pope Francis", "King Charles")
            Tokens.Token title = toks.get(Math.max(0, c.from() - 1));
            int s = REGNAL.contains(title.text()) && !c.honorific() ? title.start() : t.start();
            String name = text.substring(s, t.end());
            people.computeIfAbsent(name, n -> new Person(n, 0.5)).mention(s, t.end(), name);
        }
    }

    /** Titles that stay in the name: a monarch's, a pope's, and "Sheikh", part of the name in much of South Asia ("Sheikh Hasina"). */
    private static final java.util.Set<String> REGNAL = java.util.Set.of("Pope", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sheikh");

    /** Titles that name one person by one name: "President Lula", "Pope Francis", "King Charles". */
    private static final java.util.Set<String> ONE_NAME_TITLES = java.util.Set.of("President", "Pope", "King", "Queen",
            "Prince", "Princess", "Emperor", "Empress", "Sheikh", "Emir", "Sultan", "Chancellor", "Premier", "Senator",
            "Governor", "Mayor", "Minister", "Ayatollah", "Archbishop", "Imam", "Rabbi");

    /**
     * A single word right after a title of {@link #ONE_NAME_TITLES} (not after "the") that is no country, place or
     * body's keyword: the title holder's one name (the span is the run's only name word, so "Queen Elizabeth
     * Hospital" is not read here).
     */
    private static boolean titledAlone(String text, List<Tokens.Token> toks, int at, java.util.Set<String> vocabulary) {
        if (at == 0 || !ONE_NAME_TITLES.contains(toks.get(at - 1).text()) || !Tokens.adjacent(text, toks.get(at - 1), toks.get(at))) return false;
        // "the President Hotel": a title after "the" is a word of some other name
        if (at >= 2 && toks.get(at - 2).lower().equals("the")) return false;
        String w = toks.get(at).text();
        // "Prince Health", "President Plaza": a word the page also writes in lower case is a word, not a name
        return !CountryData.isCountryWord(w) && !EntityKeywords.placeKeyword(w) && EntityKeywords.kindForKeyword(w) == null
                && !toks.get(at).allCaps() && !vocabulary.contains(toks.get(at).lower()) && !Roles.personNoun(toks.get(at).lower());
    }

    /**
     * "... walk past the flooded market (Ana Reyes Lim)": a name alone in brackets closing a paragraph credits the
     * photographer of a caption; prose names people in a sentence, not in a closing bracket.
     */
    static boolean creditInParentheses(String text, int start, int end) {
        if (start == 0 || text.charAt(start - 1) != '(' || end >= text.length() || text.charAt(end) != ')') return false;
        int k = end + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '.')) k++;
        return k == text.length() || text.charAt(k) == '\n';
    }

    /** The greatest of the sorted {@code starts} below {@code pos}, or -1 (none, or a person first named after the single words were read). */
    private static int lastBefore(int[] starts, int pos) {
        if (starts == null) return -1;
        int i = java.util.Arrays.binarySearch(starts, pos);
        int below = (i >= 0 ? i : -i - 1) - 1;
        return below >= 0 ? starts[below] : -1;
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("Van", "Von", "De", "Da", "Del", "Della", "Di", "Du",
            "Dos", "Das", "La", "Le", "Ter", "Ten", "Al", "El", "Bin", "Ben");

    /**
     * "Van Egmond said": a surname opened by a capitalised particle is the person named in full as "Marit van Egmond";
     * so is a two-word surname ("Campos Neto said" after "Roberto Campos Neto") that opens with no given name.
     */
    private static void foldParticleSurnames(Map<String, Person> people) {
        // every person by each tail of two words or more of the name, lower case: one look-up per candidate
        Map<String, List<Person>> byTail = new java.util.HashMap<>();
        for (Person q : people.values()) {
            String[] w = q.name.toLowerCase(java.util.Locale.ROOT).split(" ");
            for (int i = 1; i + 2 <= w.length; i++) byTail.computeIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)), k -> new ArrayList<>()).add(q);
        }
        for (Person p : new ArrayList<>(people.values())) {
            String[] w = p.name.split(" ");
            boolean surname = PARTICLES.contains(w[0]) || w.length == 2 && !FirstNames.contains(w[0]);
            if (w.length < 2 || !surname) continue;
            List<Person> ends = byTail.getOrDefault(p.name.toLowerCase(java.util.Locale.ROOT), List.of()).stream()
                    .filter(q -> q != p && people.containsKey(q.name)).toList();
            if (ends.size() != 1) continue; // none, or two people end so: leave them all
            Person full = ends.get(0);
            // a two-word surname joins only a name opened by a given name: "Coach Campos Neto" may be a title glued on
            if (!PARTICLES.contains(w[0]) && !FirstNames.contains(full.name.split(" ")[0])) continue;
            for (Mention m : p.mentions) full.mentions.add(new Mention(m.start(), m.end(), m.surface(), full.name, null, true));
            full.forms.addAll(p.forms);
            if (full.role == null) full.role = p.role;
            people.remove(p.name);
        }
    }

    /**
     * The role stated at the tokens [from, to] replaces the person's when it has none, or only a weak one that this
     * one is not (read only then: finding a role costs a look around the name).
     */
    private static void offerRole(Person p, String text, List<Tokens.Token> toks, int from, int to) {
        if (p.role != null && !weakRole(p.role)) return;
        String role = RolePhrases.role(text, toks, from, to);
        if (p.role == null || role != null && !weakRole(role)) p.role = role;
    }

    /** "colleague", "friend": a person noun alone says less than a title stated at another mention. */
    private static boolean weakRole(String role) {
        return !role.contains(" ") && Roles.personNoun(role) && !Roles.isNoun(role);
    }

    /** Roles stated only in a caption or a dek. */
    private static void statedElsewhere(Map<String, Person> people, List<String> roleTexts) {
        for (String extra : roleTexts) {
            if (extra == null) continue;
            List<Tokens.Token> et = Tokens.of(extra);
            for (Person p : people.values()) {
                if (p.role != null && !weakRole(p.role)) continue;
                int at = extra.indexOf(p.name);
                String r = at < 0 ? null : roleAt(extra, et, at, at + p.name.length());
                if (r != null) p.role = r;
            }
        }
    }

    /** The role stated next to the characters [start, end) of {@code text}; null when they are not whole tokens. */
    private static String roleAt(String text, List<Tokens.Token> toks, int start, int end) {
        int a = -1, b = -1;
        for (int x = 0; x < toks.size(); x++) {
            if (toks.get(x).start() == start) a = x;
            if (toks.get(x).end() == end) b = x;
        }
        return a >= 0 && b >= 0 ? RolePhrases.role(text, toks, a, b) : null;
    }

    private static void add(Map<String, Person> people, String text, List<Tokens.Token> toks, int from, int to, KnownNames.Known k, double evidence) {
        int at = toks.get(from).start();
        if (PHOTO_CREDIT.matcher(text.substring(Math.max(0, at - 20), at)).find()) return;
        if (creditInParentheses(text, at, toks.get(to).end())) return;
        if (CREDIT_AFTER.matcher(text.substring(toks.get(to).end(), Math.min(text.length(), toks.get(to).end() + 20))).find()) return;
        String name = text.substring(toks.get(from).start(), toks.get(to).end());
        String canonical = k != null ? k.name() : NameSpans.withoutNickname(name);
        Person p = people.computeIfAbsent(canonical, n -> new Person(n, 0));
        p.confidence = Math.max(p.confidence, evidence);
        if (k != null) p.knownId = k.id();
        p.forms.add(name);
        p.mentions.add(new Mention(toks.get(from).start(), toks.get(to).end(), name, canonical, null, true));
        offerRole(p, text, toks, from, to);
    }
}
