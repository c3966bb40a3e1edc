package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entities in the text: gazetteer names (countries by name, code, capital as metonym, demonym + "government"),
 * curated organisations, and names built by pattern ("... Command", "Ministry of ...", "... Party", "... Inc."),
 * plus places introduced by a locative preposition ("in Lausanne") or a "territory of" phrase.
 */
public final class EntityFinder {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "from", "to", "across");
    private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "authorities", "administration",
            "officials", "regime", "leadership", "state", "diplomats", "diplomacy");
    private static final Pattern MILITARY_AFTER = Pattern.compile("^\\s+(aerospace forces|armed forces|air force|navy|army|military|special forces|ground forces|national guard|coast guard)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_OF = Pattern.compile("\\b(?:territory|region|province|city|town|village|island|peninsula|state|district|county) of (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2})");

    /** "the CGT union", "the PKK militia": an unknown acronym named by what it is. */
    private static final Pattern ACRONYM_ORG = Pattern.compile("\\b(\\p{Lu}{2,6}) (union|trade union|party|group|agency|federation|association|alliance|coalition|militia|movement)\\b");
    /** "the labour ministry", "Russia's defence ministry" → Ministry of Labour / Defence. */
    private static final Pattern LOWER_MINISTRY = Pattern.compile("\\b(labour|labor|defence|defense|foreign|interior|finance|health|education|justice|economy|energy|environment|agriculture|transport|trade) ministry\\b");

    /** Street-level and natural places: "Main Street", "Lake Geneva" (as the run's last word only). */
    static boolean placeKeyword(String w) {
        return java.util.Set.of("Street", "Avenue", "Road", "Square", "Bridge", "Airport", "Station", "Park", "River",
                "Lake", "Mountains", "Valley", "Bay", "Ocean", "Gulf", "Strait", "Boulevard", "Highway", "Harbour", "Harbor").contains(w);
    }

    /** "the Cambridge-based chip designer" → Cambridge. */
    private static final Pattern BASED = Pattern.compile("\\b(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?)-based\\b");
    /** "Unite, the union, ..." / "Acme, a chipmaker," : a name explained by what kind of body it is. */
    private static final Pattern ORG_APPOSITION = Pattern.compile("\\b(\\p{Lu}[\\p{L}&]+(?: \\p{Lu}[\\p{L}&]+){0,3}), (?:the|a|an) (?:[a-z-]+ )?(union|trade union|party|group|charity|company|firm|agency|ministry|regulator|watchdog|bank|airline|carmaker|chipmaker|retailer|broadcaster|newspaper|militia|startup|insurer|lender)\\b");

    /** "the Riverside bridge": a name followed by a lower-case kind of place. */
    private static final Pattern NAMED_PLACE = Pattern.compile("\\b(?<![.!?] )(\\p{Lu}[\\p{L}-]+) (bridge|river|airport|square|street|avenue|highway|lake|bay|harbour|harbor|stadium|dam|region|province|oblast|district|county)\\b");

    private static final Pattern POSSESSIVE_MILITARY = Pattern.compile("^['’]s (air force|armed forces|army|navy|military|special forces|ground forces|national guard|coast guard)\\b", Pattern.CASE_INSENSITIVE);

    private static boolean isDemonym(String w) {
        for (CountryData.Country c : CountryData.all()) if (c.demonyms().contains(w)) return true;
        return false;
    }

    private static String demonymOf(String country) {
        for (CountryData.Country c : CountryData.all()) {
            if (c.name().equals(country) && !c.demonyms().isEmpty()) return c.demonyms().get(0);
        }
        return null;
    }

    /** Last word of a capitalised run → kind of organisation it names. */
    static String kindForKeyword(String w) {
        switch (w) {
            case "Command": case "Forces": case "Force": case "Corps": case "Brigade": case "Regiment": case "Division":
            case "Battalion": case "Fleet": case "Army": case "Navy": case "Guard": case "Guards":
                return "military_unit";
            case "Ministry": case "Department": case "Council": case "Parliament": case "Senate": case "Assembly":
            case "Congress": case "Court": case "Cabinet": case "Office": case "Commission": case "Government":
                return "government_body";
            case "Agency": case "Service": case "Bureau": case "Administration": case "Authority": case "Directorate":
                return "agency";
            case "Party": case "Front": case "Movement":
                return "political_party";
            case "Inc": case "Inc.": case "Ltd": case "Ltd.": case "Corp": case "Corp.": case "Corporation": case "LLC":
            case "plc": case "PLC": case "GmbH": case "AG": case "SA": case "Company": case "Co.": case "Group":
            case "Semiconductor": case "Semiconductors": case "Systems": case "Pharmaceuticals": case "Labs": case "Software":
            case "Electronics": case "Airways": case "Telecom": case "Industries": case "Enterprises": case "Energy":
            case "Bank": case "Airlines": case "Ventures": case "Capital": case "Partners": case "Investments": case "Motors": case "Technologies": case "Holdings": case "Media":
                return "company";
            case "Center": case "Centre": case "Institute": case "University": case "Foundation": case "Association":
            case "Organization": case "Organisation": case "Union": case "Committee": case "Federation": case "League":
            case "Alliance": case "Society": case "Council.":
                return "organization";
            default:
                return null;
        }
    }

    /** Gazetteer and pattern entities; capitals are resolved to countries unless used as a location. */
    public List<Mention> find(String text, Gazetteer gaz, int skipFrom, int skipTo) {
        List<Mention> out = new ArrayList<>();
        for (Gazetteer.Hit h : gaz.find(text)) {
            if (h.start() >= skipFrom && h.start() < skipTo) continue; // the dateline's agency is a credit, not a subject of the story
            Gazetteer.Entry e = h.entry();
            switch (e.via()) {
                case CAPITAL -> {
                    String before = wordBefore(text, h.start());
                    if (LOCATIVE.contains(before)) out.add(new Mention(h.start(), h.end(), h.surface(), h.surface(), "place", false));
                    else out.add(new Mention(h.start(), h.end(), h.surface(), e.name(), e.kind(), false));
                }
                case DEMONYM -> {
                    String rest = window(text, h.end());
                    Matcher mil = MILITARY_AFTER.matcher(rest);
                    if (mil.find()) {
                        String name = h.surface() + " " + titleCase(mil.group(1));
                        int end = h.end() + mil.end();
                        out.add(new Mention(h.start(), end, text.substring(h.start(), end), name, "military_unit", false));
                    } else {
                        String next = wordAfter(text, h.end());
                        if (GOVERNMENT_NOUNS.contains(next)) {
                            int end = h.end() + 1 + next.length();
                            out.add(new Mention(h.start(), end, text.substring(h.start(), end), e.name(), "country", false));
                        }
                    }
                }
                case NAME, ALIAS -> {
                    Matcher mil = "country".equals(e.kind()) ? POSSESSIVE_MILITARY.matcher(window(text, h.end())) : null;
                    if (mil != null && mil.find()) {
                        // "Ukraine's air force" is the Ukrainian Air Force, a unit, not the country
                        String demonym = demonymOf(e.name());
                        int end = h.end() + mil.end();
                        out.add(new Mention(h.start(), end, text.substring(h.start(), end),
                                (demonym != null ? demonym : e.name()) + " " + titleCase(mil.group(1)), "military_unit", false));
                        continue;
                    }
                    // "Labour Minister Olivier Dussopt": a party or body named inside a capitalised title is the title
                    String next = window(text, h.end()).stripLeading();
                    boolean inTitle = "political_party".equals(e.kind()) && !next.isEmpty() && Character.isUpperCase(next.charAt(0))
                            && Roles.isNoun(next.split("[^\\p{L}]", 2)[0]);
                    if (!inTitle) out.add(new Mention(h.start(), h.end(), h.surface(), e.name(), e.kind(), false));
                }
                default -> out.add(new Mention(h.start(), h.end(), h.surface(), e.name(), e.kind(), false));
            }
        }
        out.addAll(patternOrganizations(text, out, gaz, skipFrom, skipTo));
        Matcher acr = ACRONYM_ORG.matcher(text);
        while (acr.find()) {
            if (acr.start() >= skipFrom && acr.start() < skipTo) continue;
            final int s = acr.start(1);
            if (out.stream().anyMatch(m -> m.start() <= s && m.end() > s)) continue;
            String noun = acr.group(2).toLowerCase(Locale.ROOT);
            String kind = noun.equals("party") ? "political_party" : noun.equals("agency") ? "agency" : "organization";
            out.add(new Mention(s, acr.end(), acr.group(), acr.group(1), kind, false));
        }
        Matcher based = BASED.matcher(text);
        while (based.find()) {
            final int s = based.start(1);
            if (isDemonym(based.group(1))) continue; // "Russian-based entities" names no place
            if (out.stream().anyMatch(m -> m.start() <= s && m.end() > s)) continue;
            out.add(new Mention(s, based.end(1), based.group(1), based.group(1), "place", false));
        }
        Matcher ap = ORG_APPOSITION.matcher(text);
        while (ap.find()) {
            final int s = ap.start(1);
            if (Tokens.STOP.contains(ap.group(1)) || out.stream().anyMatch(m -> m.start() <= s && m.end() > s)) continue;
            String noun = ap.group(2);
            String kind = noun.equals("party") ? "political_party" : noun.matches("agency|regulator|watchdog") ? "agency"
                    : noun.matches("ministry") ? "government_body" : noun.matches("union|trade union|group|charity|militia") ? "organization" : "company";
            out.add(new Mention(s, ap.end(1), ap.group(1), ap.group(1), kind, false));
        }
        Matcher np = NAMED_PLACE.matcher(text);
        while (np.find()) {
            final int s = np.start(1);
            if (Tokens.STOP.contains(np.group(1)) || out.stream().anyMatch(m -> m.start() <= s && m.end() > s)) continue;
            boolean area = np.group(2).matches("region|province|oblast|district|county");
            // "the Odesa region" is the place Odesa; "the Riverside bridge" is a place of its own name
            out.add(new Mention(s, np.end(), np.group(), area ? np.group(1) : np.group(), "place", false));
        }
        Matcher min = LOWER_MINISTRY.matcher(text);
        while (min.find()) {
            final int s = min.start();
            if (out.stream().anyMatch(m -> m.start() <= s && m.end() > s)) continue;
            out.add(new Mention(s, min.end(), min.group(), "Ministry of " + titleCase(min.group(1)), "government_body", false));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Capitalised runs (with "of", "for", "and", "No. 924") ending in an organisation keyword. */
    private List<Mention> patternOrganizations(String text, List<Mention> known, Gazetteer gaz, int skipFrom, int skipTo) {
        List<Mention> out = new ArrayList<>();
        List<Tokens.Token> toks = Tokens.of(text);
        int i = 0;
        while (i < toks.size()) {
            if (!toks.get(i).capitalized() || (toks.get(i).start() >= skipFrom && toks.get(i).start() < skipTo)) {
                i++;
                continue;
            }
            int j = i;
            int lastKeyword = -1;
            while (j < toks.size()) {
                Tokens.Token t = toks.get(j);
                if (t.text().equals("No") && t.end() < text.length() && text.charAt(t.end()) == '.') break;
                if (t.capitalized() || (t.type() == Tokens.Type.WORD && Set.of("of", "for", "and", "the", "on").contains(t.text())
                        && j + 1 < toks.size() && toks.get(j + 1).capitalized())) {
                    if (t.capitalized() && kindForKeyword(t.text()) != null) lastKeyword = j;
                    if (j + 1 < toks.size() && Tokens.adjacent(text, t, toks.get(j + 1))) {
                        j++;
                        continue;
                    }
                    j++;
                    break;
                }
                break;
            }
            int end = j; // exclusive token index
            if (lastKeyword < 0 && end - i >= 2 && placeKeyword(toks.get(end - 1).text())) {
                int first = i;
                while (first < end - 1 && Tokens.STOP.contains(toks.get(first).text())) first++;
                final int ps = toks.get(first).start(), pe = toks.get(end - 1).end();
                boolean titled = false;
                for (int k = first; k < end; k++) titled |= Roles.isNoun(toks.get(k).text());
                // "Linda Park said": a first name and a surname that happens to be a place word is a person
                boolean personLike = end - first == 2 && FirstNames.contains(toks.get(first).text())
                        && !LOCATIVE.contains(wordBefore(text, ps));
                if (end - 1 > first && !titled && !personLike && known.stream().noneMatch(m -> m.start() < pe && ps < m.end())) {
                    out.add(new Mention(ps, pe, text.substring(ps, pe), text.substring(ps, pe), "place", false));
                }
            }
            // "No. 924" numbering continues a unit's name
            int endChar = lastKeyword >= 0 ? toks.get(end - 1).end() : -1;
            if (lastKeyword >= 0) {
                Matcher num = NUMBERED.matcher(window(text, endChar));
                int first = i;
                while (first < lastKeyword && Tokens.STOP.contains(toks.get(first).text())) first++;
                String kind = kindForKeyword(toks.get(lastKeyword).text());
                int stopTok = lastKeyword;
                // "Foreign Ministry Spokesman Nasser Kanaani": the entity stops before a title that follows it
                for (int k = lastKeyword + 1; k < end; k++) if (Roles.isNoun(toks.get(k).text())) end = k;
                // keep the run to its last capitalised word (a keyword may be followed by "for Unmanned Aviation")
                int startChar = toks.get(first).start();
                int e = toks.get(end - 1).end();
                if (num.find()) {
                    e = endChar + num.end();
                    kind = "military_unit"; // numbered units ("No. 924") are military formations
                }
                final int e2 = e;
                String surface = text.substring(startChar, e2);
                boolean coveredByGazetteer = known.stream().anyMatch(m -> m.start() <= startChar && m.end() >= e2);
                if (Text.wordCount(surface) >= 2 && !coveredByGazetteer && stopTok >= first) {
                    Gazetteer.Entry g = gaz.byName(surface);
                    out.add(new Mention(startChar, e2, surface, g != null ? g.name() : surface, g != null ? g.kind() : kind, false));
                    // drop gazetteer hits inside the longer pattern name ("Security Council" inside "X Security Council Office")
                    known.removeIf(m -> m.start() >= startChar && m.end() <= e2 && !(m.start() == startChar && m.end() == e2));
                }
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /** Places: "in Lausanne" (an unknown capitalised name after a locative) and "territory of Crimea". */
    public List<Mention> places(String text, List<Mention> taken, int skipFrom, int skipTo) {
        List<Mention> out = new ArrayList<>();
        Matcher m = PLACE_OF.matcher(text);
        while (m.find()) addPlace(out, taken, m.start(1), m.end(1), text, skipFrom, skipTo);
        List<Tokens.Token> toks = Tokens.of(text);
        for (int i = 0; i + 1 < toks.size(); i++) {
            Tokens.Token prep = toks.get(i);
            if (!LOCATIVE.contains(prep.text()) || prep.text().equals("to")) continue;
            int at = i + 1;
            // "in the Indo-Pacific": the article is allowed before a region's name
            if (toks.get(at).text().equals("the") && at + 1 < toks.size() && toks.get(at + 1).capitalized()
                    && toks.get(at + 1).text().contains("-")) at++;
            Tokens.Token first = toks.get(at);
            if (!first.capitalized() || Tokens.STOP.contains(first.text()) || !Tokens.adjacent(text, toks.get(at - 1), first)) continue;
            int j = at;
            while (j + 1 < toks.size() && toks.get(j + 1).capitalized() && Tokens.adjacent(text, toks.get(j), toks.get(j + 1)) && j - at < 2) j++;
            addPlace(out, taken, first.start(), toks.get(j).end(), text, skipFrom, skipTo);
            if (j + 2 < toks.size() && toks.get(j + 1).text().equals("and") && toks.get(j + 2).capitalized()
                    && !Tokens.STOP.contains(toks.get(j + 2).text())) {
                addPlace(out, taken, toks.get(j + 2).start(), toks.get(j + 2).end(), text, skipFrom, skipTo);
            }
        }
        // a place once named is the same place wherever else it appears ("to Lausanne")
        List<Mention> again = new ArrayList<>();
        for (Mention p : out) {
            int from = 0;
            int k;
            while ((k = text.indexOf(p.surface(), from)) >= 0) {
                final int s = k;
                from = k + 1;
                boolean word = (s == 0 || !Character.isLetter(text.charAt(s - 1))) && (s + p.surface().length() >= text.length() || !Character.isLetter(text.charAt(s + p.surface().length())));
                if (word && out.stream().noneMatch(x -> x.start() == s) && again.stream().noneMatch(x -> x.start() == s)
                        && taken.stream().noneMatch(x -> x.start() <= s && x.end() > s)) {
                    again.add(new Mention(s, s + p.surface().length(), p.surface(), p.name(), "place", false));
                }
            }
        }
        out.addAll(again);
        return out;
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
    private static boolean titleCased(String text, int pos) {
        int ls = text.lastIndexOf('\n', pos) + 1, le = text.indexOf('\n', pos);
        List<Tokens.Token> words = Tokens.of(text.substring(ls, le < 0 ? text.length() : le)).stream()
                .filter(t -> t.type() == Tokens.Type.WORD && t.text().length() > 3).toList();
        return words.size() >= 3 && words.stream().allMatch(Tokens.Token::capitalized);
    }

    private static final Pattern NUMBERED = Pattern.compile("^ No\\. ?\\d+");

    /** The few characters after {@code pos}: look-ahead rules never need more, and copying the rest of a long page per hit would be quadratic. */
    static String window(String text, int pos) {
        return text.substring(pos, Math.min(text.length(), pos + 80));
    }

    static String wordBefore(String text, int pos) {
        int e = pos;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    static String wordAfter(String text, int pos) {
        int s = pos;
        if (s < text.length() && text.charAt(s) == ' ') s++;
        else return "";
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}
