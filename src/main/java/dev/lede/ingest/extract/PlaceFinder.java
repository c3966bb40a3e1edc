package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places no gazetteer knows, from how the text introduces them: an unknown capitalised name after a locative
 * preposition ("in Lausanne") or a "territory of" phrase ("territory of Crimea"); a place once named is the
 * same place wherever else it appears.
 */
public final class PlaceFinder {

    private static final Pattern PLACE_OF = Pattern.compile("\\b(?:territory|region|province|city|town|village|island|peninsula|state|district|county) of (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2})");

    private static final String RUN = "(\\p{Lu}[\\p{L}-]++(?: \\p{Lu}[\\p{L}-]++){0,2})";
    /** "Gangwon province", "Kyushu island", "Hokkaido prefecture": a name before a lower-case area noun. */
    private static final Pattern AREA_AFTER = Pattern.compile("(?<![\\p{L}\\p{N}-])" + RUN
            + " (?:province|island|islands|region|prefecture|county|district|municipality|governorate|oblast)\\b");
    /** "the outskirts of Davao City", "residents of Machida", "north of Kyiv": what only places have. */
    private static final Pattern OF_PLACE = Pattern.compile("\\b(?i:outskirts|residents|inhabitants|suburbs|streets|centre|center|"
            + "heart|capital|north|south|east|west|northeast|northwest|southeast|southwest|parts|coast|shores|outside) of " + RUN
            + "(?: and (\\p{Lu}[\\p{L}-]+)\\b)?");
    /** "northern Luzon", "in the Western Cape": a compass word opens a region's name. */
    private static final Pattern COMPASS = Pattern.compile("\\b(?:northern|southern|eastern|western|central|north-eastern|north-western|"
            + "south-eastern|south-western|northeastern|northwestern|southeastern|southwestern) " + RUN
            + "|\\b[Ii]n the ((?:Western|Eastern|Northern|Southern|Central|North|South|East|West) \\p{Lu}[\\p{L}-]+)");

    /**
     * "the West Midlands", "in North Kivu", "across Western Cape": a capitalised compass word opening a run of
     * capitalised words after "the" or a locative names a region. Read before people, so such a run is never a
     * person's name ("West Midlands" has the shape of one); not when a word of the run is an adjective of a people
     * ("South African", "North Koreans"), an organisation's word ("West Midlands Police") or a title, nor when the
     * run goes on ("Southern California Edison"). A region once named is the same region wherever it recurs.
     */
    private static final GatedPattern COMPASS_NAME = GatedPattern.of("(?<![\\p{L}\\p{N}'’-])(?:North|South|East|West|Northern|Southern|Eastern|Western|"
            + "North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest) \\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?(?![\\p{L}\\p{N}])",
            "North", "South", "East", "West");
    private static final java.util.Set<String> BEFORE_REGION = java.util.Set.of("the", "in", "from", "across", "of", "to", "near",
            "at", "into", "throughout", "around");
    /** "African", "Koreans", "Chinese", "Turkish", "Atlantic": the shapes of adjectives of peoples and seas. */
    private static final Pattern ADJECTIVE = Pattern.compile(".*(?:an|ans|ese|ish|ic)");

    /** The compass-named regions of {@code text} outside {@code taken} and the skipped range. */
    public static List<Mention> compassRegions(String text, List<Mention> taken, int skipFrom, int skipTo) {
        List<Mention> out = new ArrayList<>();
        Matcher m = COMPASS_NAME.matcher(text);
        while (m.find()) {
            if (!BEFORE_REGION.contains(Text.wordBefore(text, m.start()).toLowerCase(java.util.Locale.ROOT))) continue;
            if (m.end() + 1 < text.length() && text.charAt(m.end()) == ' ' && Character.isUpperCase(text.charAt(m.end() + 1))) continue;
            String[] w = m.group().split(" ");
            boolean region = true;
            for (int i = 1; i < w.length; i++) {
                if (!named(w[i]) || ADJECTIVE.matcher(w[i]).matches() || EntityKeywords.kindForKeyword(w[i]) != null) region = false;
            }
            if (region) addPlace(out, taken, m.start(), m.end(), text, skipFrom, skipTo);
        }
        out.addAll(again(out, taken, text));
        return out;
    }

    /** The places of {@code text} outside {@code taken} (the mentions already found) and the skipped range. */
    public List<Mention> find(String text, List<Mention> taken, int skipFrom, int skipTo) {
        List<Mention> out = new ArrayList<>();
        Matcher m = PLACE_OF.matcher(text);
        while (m.find()) addPlace(out, taken, m.start(1), m.end(1), text, skipFrom, skipTo);
        m = AREA_AFTER.matcher(text);
        while (m.find()) if (named(m.group(1))) addPlace(out, taken, m.start(1), m.end(1), text, skipFrom, skipTo);
        m = OF_PLACE.matcher(text);
        while (m.find()) {
            if (named(m.group(1))) addPlace(out, taken, m.start(1), m.end(1), text, skipFrom, skipTo);
            if (m.group(2) != null && !Tokens.STOP.contains(m.group(2))) addPlace(out, taken, m.start(2), m.end(2), text, skipFrom, skipTo);
        }
        m = COMPASS.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            if (named(m.group(g))) addPlace(out, taken, m.start(g), m.end(g), text, skipFrom, skipTo);
        }
        List<Tokens.Token> toks = Tokens.of(text);
        for (int i = 0; i + 1 < toks.size(); i++) afterPreposition(out, taken, text, toks, i, skipFrom, skipTo);
        out.addAll(again(out, taken, text));
        return out;
    }

    /** "in Lausanne", "at Kyiv and Lviv": the capitalised name (up to three words) after the locative at token {@code i}. */
    private static void afterPreposition(List<Mention> out, List<Mention> taken, String text, List<Tokens.Token> toks,
                                         int i, int skipFrom, int skipTo) {
        Tokens.Token prep = toks.get(i);
        // "In Ho Chi Minh City, ...": a sentence may open with the preposition
        String word = sentenceStart(text, prep) ? prep.lower() : prep.text();
        if (!EntityKeywords.LOCATIVE.contains(word) || word.equals("to")) return;
        int at = i + 1;
        // "in the Indo-Pacific": the article is allowed before a region's name
        if (toks.get(at).text().equals("the") && at + 1 < toks.size() && toks.get(at + 1).capitalized()
                && toks.get(at + 1).text().contains("-")) at++;
        Tokens.Token first = toks.get(at);
        if (!first.capitalized() || Tokens.STOP.contains(first.text()) || !Tokens.adjacent(text, toks.get(at - 1), first)) return;
        // "from Rep. Lee", "at President X": a title introduces a person, never a place
        if (Tokens.HONORIFICS.contains(first.text()) || Roles.isNoun(first.text())) return;
        if (CountryData.countryOfDemonym(first.text()) != null) return; // "In English, ...": a language or a people
        int j = at;
        while (j + 1 < toks.size() && toks.get(j + 1).capitalized() && Tokens.adjacent(text, toks.get(j), toks.get(j + 1))
                && (j - at < 2 || j - at < 3 && EntityKeywords.placeKeyword(toks.get(j + 1).text()) || j - at < 3 && toks.get(j + 1).text().equals("City"))) j++;
        addPlace(out, taken, first.start(), toks.get(j).end(), text, skipFrom, skipTo);
        if (j + 2 < toks.size() && toks.get(j + 1).text().equals("and") && toks.get(j + 2).capitalized()
                && !Tokens.STOP.contains(toks.get(j + 2).text())) {
            addPlace(out, taken, toks.get(j + 2).start(), toks.get(j + 2).end(), text, skipFrom, skipTo);
        }
    }

    /** A run that can name a place: no clause word, title or demonym in it ("The province", "Iranian province"). */
    private static boolean named(String run) {
        for (String w : run.split(" ")) {
            if (Tokens.STOP.contains(w) || Roles.isNoun(w) || CountryData.countryOfDemonym(w) != null || Tokens.HONORIFICS.contains(w)) return false;
        }
        return true;
    }

    /** The token opens a line or follows a sentence's end. */
    private static boolean sentenceStart(String text, Tokens.Token t) {
        int k = t.start() - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        return k < 0 || text.charAt(k) == '\n' || (text.charAt(k) == '.' || text.charAt(k) == '!' || text.charAt(k) == '?') && k < t.start() - 1;
    }

    /** A place once named is the same place wherever else it appears ("to Lausanne"), as a whole word. */
    private static List<Mention> again(List<Mention> out, List<Mention> taken, String text) {
        // each name once, whatever the number of its mentions; what is taken as a bit per character: linear in the page
        java.util.BitSet covered = new java.util.BitSet(text.length());
        for (Mention t : taken) covered.set(Math.max(0, t.start()), Math.min(text.length(), t.end()));
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Mention p : out) {
            starts.add(p.start());
            names.putIfAbsent(p.surface(), p.name());
        }
        List<Mention> again = new ArrayList<>();
        for (java.util.Map.Entry<String, String> n : names.entrySet()) {
            String surface = n.getKey();
            for (int k = text.indexOf(surface); k >= 0; k = text.indexOf(surface, k + 1)) {
                int e = k + surface.length();
                boolean word = (k == 0 || !Character.isLetter(text.charAt(k - 1))) && (e >= text.length() || !Character.isLetter(text.charAt(e)));
                if (word && !covered.get(k) && starts.add(k)) again.add(new Mention(k, e, surface, n.getValue(), "place", false));
            }
        }
        return again;
    }

    private static void addPlace(List<Mention> out, List<Mention> taken, int s, int e, String text, int skipFrom, int skipTo) {
        if (s >= skipFrom && s < skipTo || titleCased(text, s)) return;
        for (Mention t : taken) if (t.start() < e && s < t.end()) return;
        for (Mention t : out) if (t.start() == s) return;
        String surface = text.substring(s, e);
        if (surface.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c)) && surface.length() > 1) return; // acronyms are not places
        out.add(new Mention(s, e, surface, surface, "place", false));
    }

    /** In a title-cased line (a headline, a crosshead) every word is capitalised: "in Rehab" names no place. */
    static boolean titleCased(String text, int pos) {
        int ls = text.lastIndexOf('\n', pos) + 1, le = text.indexOf('\n', pos);
        List<Tokens.Token> words = Tokens.of(text.substring(ls, le < 0 ? text.length() : le)).stream()
                .filter(t -> t.type() == Tokens.Type.WORD && t.text().length() > 3).toList();
        return words.size() >= 3 && words.stream().allMatch(Tokens.Token::capitalized);
    }
}
