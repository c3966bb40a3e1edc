package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written in capitals inside a sentence of ordinary case ("according to IDC", "from POSTECH", "on CITIUS
 * MAG", "the FBI said") are organisations: people and places are not written so. An acronym defined in
 * parentheses after a name already found ("the International Atomic Energy Agency (IAEA)") is that entity
 * wherever it recurs (an alias, not a second entity); one defined after anything else ("virtual reality (VR)",
 * an agreement's title) is a term, never an organisation. No list of acronyms is involved.
 */
final class AcronymOrganisations {

    /** One or two words of three or more capitals ("IDC", "CITIUS MAG"), not glued to a digit or a hyphen. */
    // (?=\p{Lu}) first: the lookbehind's class union is then tested only before a capital, not at every character of
    // the page (this search was a twentieth of an ingest's request thread; about half of it, measured)
    private static final Pattern CAPITALS = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\p{N}&.-])\\p{Lu}{3,8}(?: \\p{Lu}{2,8})?(?![\\p{L}\\p{N}&-])");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    /** Words before a common noun, not a name: "an EV", "its CEO", "Xiaomi’s EV". */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "its", "his", "her", "their", "our", "your", "my", "s");

    /** Mentions of organisations written in capitals, outside {@code taken} and [skipFrom, skipTo) (the dateline). */
    static List<Mention> find(String text, List<Mention> taken, int skipFrom, int skipTo) {
        BitSet covered = new BitSet(text.length());
        for (Mention t : taken) covered.set(Math.max(0, t.start()), Math.min(text.length(), t.end()));
        Map<String, Mention> aliasOf = new LinkedHashMap<>();
        Set<String> terms = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Matcher m = CAPITALS.matcher(text);
        while (m.find()) {
            String name = m.group();
            if (ROMAN.matcher(name).matches() || covered.get(m.start(), m.end()).cardinality() > 0) continue;
            if (m.start() > 0 && text.charAt(m.start() - 1) == '(' && m.end() < text.length() && text.charAt(m.end()) == ')') {
                Mention defined = endingAt(taken, m.start() - 1, text);
                if (defined != null) aliasOf.putIfAbsent(name, defined); else terms.add(name);
                continue;
            }
            if (m.start() >= skipFrom && m.start() < skipTo || shouted(text, m.start()) || !anchored(text, m.start(), m.end())) continue;
            names.add(name);
        }
        List<Mention> out = new ArrayList<>();
        m.reset();
        while (m.find()) {
            String name = m.group();
            if (covered.get(m.start(), m.end()).cardinality() > 0 || m.start() >= skipFrom && m.start() < skipTo) continue;
            Mention of = aliasOf.get(name);
            if (of != null) out.add(new Mention(m.start(), m.end(), name, of.name(), of.kind(), false));
            else if (names.contains(name) && !terms.contains(name)) out.add(new Mention(m.start(), m.end(), name, name, "organization", false));
        }
        return out;
    }

    /** The entity mention that ends just before {@code at} (spaces between), or null. */
    /**
     * "the Armed Forces of the Philippines (AFP)": an acronym the page defines for one of its own names is that name
     * on this page, whatever the catalog's same letters stand for (the news agency): every catalog mention written so
     * is dropped from {@code ents}, for {@link #find} to alias them to the defined name. The acronym must be the
     * initials of the name's capitalised words.
     */
    static void definedOnThePage(List<Mention> ents, String text) {
        Set<String> defined = new java.util.HashSet<>();
        Map<Integer, Mention> byEnd = new java.util.HashMap<>(); // one pass, so a page of many "(ABC)" stays linear
        for (Mention x : ents) if (!x.person() && !"place".equals(x.kind())) byEnd.putIfAbsent(x.end(), x);
        for (Mention m : ents) {
            if (m.person() || m.start() == 0 || m.end() >= text.length() || text.charAt(m.start() - 1) != '(' || text.charAt(m.end()) != ')') continue;
            if (!m.surface().chars().allMatch(Character::isUpperCase)) continue;
            int e = m.start() - 1;
            while (e > 0 && text.charAt(e - 1) == ' ') e--;
            Mention name = byEnd.get(e);
            if (name != null && name != m && initials(name.surface()).equals(m.surface()) && !name.name().equals(m.name())) defined.add(m.surface());
        }
        if (!defined.isEmpty()) ents.removeIf(m -> defined.contains(m.surface()));
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) b.append(w.charAt(0));
        return b.toString();
    }

    private static Mention endingAt(List<Mention> taken, int at, String text) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        for (Mention t : taken) if (!t.person() && t.end() == e && !"place".equals(t.kind())) return t;
        return null;
    }

    /**
     * How a name stands in running prose: after a lower-case word or opening a sentence ("according to IDC.", "on
     * CITIUS MAG,", "“GIF is proud"). Not a title ("the CEO said", "PM Orban": {@link Roles} knows titles), a common
     * noun after a determiner ("an EV", "its CEO"), a unit after a number ("0330 BST", "$405 billion GDP"), a word of
     * a title-cased line ("Operates Inside MRI"), nor a bare modifier ("inside MRI systems"). After "the" or "of" a
     * common noun in capitals is as likely as a name ("the IPO", "the COVID pandemic", "of GDP."): there it counts
     * only as a verb's subject ("the FBI said"); otherwise another, anchored occurrence, a definition in brackets or
     * the gazetteer must vouch for it.
     */
    private static boolean anchored(String text, int s, int e) {
        if (Roles.isNoun(text.substring(s, e))) return false;
        int p = s;
        while (p > 0 && text.charAt(p - 1) == ' ') p--;
        char c = p == 0 ? '\n' : text.charAt(p - 1);
        boolean opens = c == '\n' || ".!?“\"".indexOf(c) >= 0;
        // the word glued before the name's spaces; none when the text opens with them (p == 0)
        String token = p == 0 ? "" : text.substring(text.lastIndexOf(' ', p - 1) + 1, p);
        if (token.matches(".*\\d.*|(?i)(?:million|billion|trillion|bn)")) return false;
        String word = Text.wordBefore(text, s);
        if (DETERMINERS.contains(word)) return false;
        if (!opens && (word.isEmpty() || !Character.isLowerCase(text.charAt(p - word.length())))) return false;
        if (WEAK_BEFORE.contains(word)) return verbAfter(text, e);
        int k = e;
        while (k < text.length() && text.charAt(k) == ' ') k++;
        if (k == e || k >= text.length()) return true;
        if (Character.isUpperCase(text.charAt(k))) return false;
        // "at POSTECH and its partners": a conjunction ends the noun phrase, the capitals are no modifier
        return !Character.isLowerCase(text.charAt(k)) || opens || CONJUNCTIONS.contains(Text.wordAfter(text, e));
    }

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");

    /** Words after which capitals may be a common noun ("the IPO", "of GDP"): the name must be a verb's subject. */
    private static final Set<String> WEAK_BEFORE = Set.of("the", "of");

    /** "the FBI said", "the NTSB released": a verb of saying or a past tense follows the name. */
    private static boolean verbAfter(String text, int e) {
        String next = Text.wordAfter(text, e);
        return next.length() > 3 && (Roles.SPEECH.contains(next) || next.endsWith("ed"))
                && Character.isLowerCase(text.charAt(e + 1));
    }

    /** A line mostly in capitals (a label, a shouted headline) says nothing about what its words are. */
    private static boolean shouted(String text, int at) {
        int ls = text.lastIndexOf('\n', at) + 1;
        int le = text.indexOf('\n', at);
        String line = text.substring(ls, le < 0 ? text.length() : le);
        long upper = line.chars().filter(Character::isUpperCase).count();
        long lower = line.chars().filter(Character::isLowerCase).count();
        return upper >= lower;
    }

    private AcronymOrganisations() {
    }
}
