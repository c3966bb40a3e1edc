package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations without a keyword in their name ("Xiaomi", "CCTV", "IDC"), found because the text says what
 * they are: a kind noun before the name ("state broadcaster CCTV", "research firm IDC") or a title that only an
 * organisation has after it ("Xiaomi founder Lei Jun", "the Zaman daily").
 */
final class NamedByKind {

    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{N}&.-]*(?: \\p{Lu}[\\p{L}\\p{N}&.-]*){0,2})";
    private static final Pattern BEFORE = Pattern.compile("\\b(broadcaster|firm|company|carmaker|automaker|chipmaker|startup|"
            + "retailer|lender|insurer|newspaper|agency|rival|giant|investor|investors|fund|bank|platform|outlet|maker|manufacturer|"
            + "supplier|airline|carrier|conglomerate|chain|group) " + NAME);
    private static final GatedPattern AFTER = GatedPattern.of(NAME + "(?:['’]s)? (founder|co-founder|chairman|chief executive|CEO|newspaper|daily)\\b",
            " founder", " co-founder", " chairman", " chief executive", " CEO", " newspaper", " daily");

    /** "co-founder and CEO of PayLoop", "Managing Director at Kestrel Foods": a company's officer names the company. */
    private static final GatedPattern OFFICER_OF = GatedPattern.of("(?:\\b(?:CEO|CFO|COO|CTO)|(?i:\\bchief (?:executive|operating|financial|technology)(?: officer)?"
            + "|\\bco-founder|\\bfounder|\\bchairman|\\bchairwoman|\\bmanaging director|\\bgeneral manager)) (?:of|at) " + NAME,
            "CEO", "CFO", "COO", "CTO", "hief ", "ounder", "hairman", "hairwoman", "irector", "anager");

    /**
     * "Mexico's ruling Morena party", "Odinga's Azimio coalition": a name before a lower-case party noun, after a
     * possessive or a political qualifier ("the Christmas party" is none), is a party.
     */
    private static final GatedPattern PARTY_AFTER = GatedPattern.of("(?:['’]s|\\b(?:ruling|opposition|governing|nationalist|far-right|far-left|"
            + "centre-right|centre-left|center-right|center-left|right-wing|left-wing|populist|Islamist|separatist)) " + NAME
            + " (?:party|coalition|alliance)\\b", " party", " coalition", " alliance");
    /** Adjectives that name a party only with "Party" after them ("the Democratic party" is the Democratic Party). */
    private static final Pattern PARTY_ADJECTIVE = Pattern.compile(".*(?:ic|ist|an|ive|al)");

    /** "analysts at Jefferies", "economists from Capital Economics": the market's analysts work for a firm. */
    private static final GatedPattern ANALYSTS_AT = GatedPattern.of("\\b(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists) (?:at|from) " + NAME,
            "nalysts ", "conomists ", "trategists ");

    /** Where the name in group 1 ends: "CEO of PayLoop. Grace Wanjiru said", the name ends with its sentence. */
    private static int sentenceEnd(Matcher m) {
        int dot = m.group(1).indexOf(". ");
        return dot < 0 ? m.end(1) : m.start(1) + dot;
    }

    private static final Pattern AT_NAME = Pattern.compile(" at " + NAME);

    /**
     * "a professor at Makerere", "an epidemiologist at Korle Bu", "head of research at Nordea Markets": one person's
     * job noun right before "at" (after "a" or "an"), or "noun of something" before it, says the name after it is
     * where the person works. Not a plural ("reporters at Davos", "supporters at Wembley": people at a place).
     */
    private static boolean worksAt(String text, int at) {
        String noun = Text.wordBefore(text, at);
        if (noun.isEmpty()) return false;
        int nounStart = at - noun.length(); // the match opens with the one space after the noun
        if (Roles.personNoun(noun) && !noun.endsWith("s")) {
            String article = Text.wordBefore(text, nounStart);
            return article.equals("a") || article.equals("an");
        }
        // "head of research at": " of " right before the noun, a title's head noun before it
        if (nounStart < 4 || !text.startsWith(" of ", nounStart - 4)) return false;
        String head = Text.wordBefore(text, nounStart - 4);
        return !head.endsWith("s") && Roles.isNoun(head);
    }

    /** Mentions of organisations named by their kind, outside {@code taken} and the dateline. */
    static List<Mention> find(String text, List<Mention> taken, int skipFrom, int skipTo) {
        // what is covered, as a bit per character: every check below is O(1), so a long page stays linear
        java.util.BitSet covered = new java.util.BitSet(text.length());
        for (Mention t : taken) covered.set(Math.max(0, t.start()), Math.min(text.length(), t.end()));
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        Matcher b = BEFORE.matcher(text);
        while (b.find()) {
            if (personsRelation(text, b.start(1), b.group(1))) continue;
            accept(names, covered, text, b.start(2), b.end(2), kind(b.group(1)), skipFrom, skipTo, ONLY_BODIES.contains(b.group(1)));
        }
        Matcher a = AFTER.matcher(text);
        while (a.find()) accept(names, covered, text, a.start(1), a.end(1), "company", skipFrom, skipTo, false);
        Matcher at = ANALYSTS_AT.matcher(text);
        while (at.find()) accept(names, covered, text, at.start(1), at.end(1), "company", skipFrom, skipTo, true);
        Matcher party = PARTY_AFTER.matcher(text);
        while (party.find()) {
            if (!PARTY_ADJECTIVE.matcher(party.group(1)).matches()) accept(names, covered, text, party.start(1), party.end(1), "political_party", skipFrom, skipTo, true);
        }
        Matcher w = AT_NAME.matcher(text);
        // an acronym ("Partner at AC") is left to the acronym rules, which link it to its long name
        while (w.find()) {
            if (w.group(1).equals(w.group(1).toUpperCase(java.util.Locale.ROOT)) || !worksAt(text, w.start())) continue;
            accept(names, covered, text, w.start(1), sentenceEnd(w), "organization", skipFrom, skipTo, true);
        }
        Matcher o = OFFICER_OF.matcher(text);
        while (o.find()) accept(names, covered, text, o.start(1), sentenceEnd(o), "company", skipFrom, skipTo, true);
        List<Mention> out = new ArrayList<>();
        // each name once, then wherever it appears: the same name elsewhere is the same organisation
        for (java.util.Map.Entry<String, String> n : names.entrySet()) {
            String name = n.getKey();
            int k = -1;
            while ((k = text.indexOf(name, k + 1)) >= 0) {
                int e = k + name.length();
                boolean word = (k == 0 || !Character.isLetter(text.charAt(k - 1))) && (e >= text.length() || !Character.isLetter(text.charAt(e)));
                if (!word || covered.get(k, e).cardinality() > 0 || k >= skipFrom && k < skipTo) continue;
                out.add(new Mention(k, e, name, name, n.getValue(), false));
                covered.set(k, e);
            }
        }
        return out;
    }

    /** A hyphenated word whose last part is in lower case is an adjective ("Pro-democracy", "Kremlin-backed"), no name. */
    private static final Pattern ADJECTIVE = Pattern.compile("\\p{L}+-\\p{Ll}+");

    private static final java.util.Set<String> PERSONAL = java.util.Set.of("his", "her");

    /**
     * "her rival Xochitl Galvez", "his main rival X": a noun only people are ({@link Roles#PERSON_NOUNS}) after "his" or
     * "her" (one lower-case word may stand between) is a person's relation. "his fund Elkhorn", "his platform X" and
     * "its rival X" still name bodies.
     */
    private static boolean personsRelation(String text, int nounAt, String noun) {
        if (!Roles.PERSON_NOUNS.contains(noun)) return false;
        int e = nounAt;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        String before = text.substring(s, e);
        if (PERSONAL.contains(before.toLowerCase(java.util.Locale.ROOT))) return true;
        // one lower-case adjective between ("her main rival")
        return s < e && Character.isLowerCase(before.charAt(0)) && PERSONAL.contains(Text.wordBefore(text, s));
    }

    /** Kind nouns that only a body is, never a person ("chain", "carmaker"), unlike "rival", "investor" or "giant". */
    private static final java.util.Set<String> ONLY_BODIES = java.util.Set.of("broadcaster", "firm", "company", "carmaker", "automaker",
            "chipmaker", "startup", "retailer", "lender", "insurer", "newspaper", "agency", "bank", "manufacturer",
            "supplier", "airline", "carrier", "conglomerate", "chain");

    private static String kind(String noun) {
        return noun.equals("agency") ? "agency" : noun.equals("group") ? "organization" : "company";
    }

    private static void accept(java.util.Map<String, String> names, java.util.BitSet covered, String text, int s, int e, String kind,
                               int skipFrom, int skipTo, boolean onlyBodies) {
        String name = text.substring(s, e).replaceAll("[.]$", "");
        if (name.length() < 2 || names.containsKey(name) || s >= skipFrom && s < skipTo) return;
        for (String w : name.split(" ")) {
            if (Tokens.STOP.contains(w) || CountryData.isCountryWord(w) || Roles.isNoun(w)) return;
            if (ADJECTIVE.matcher(w).matches()) return; // "Pro-democracy newspaper X", "State-run broadcaster X"
            // "investor Warren Buffett" is a person; "supermarket chain Albert Heijn" is not, whatever its first word
            if (FirstNames.contains(w) && !onlyBodies) return;
        }
        if (covered.get(s, s + name.length()).cardinality() > 0) return;
        names.put(name, kind);
    }

    private NamedByKind() {
    }
}
