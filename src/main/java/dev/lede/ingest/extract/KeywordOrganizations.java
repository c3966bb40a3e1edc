package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names built by pattern: a capitalised run (with "of", "for", "and", "No. 924") ending in an organisation
 * keyword ("Ministry of Defence", "Aerospace Forces Command"), or, without one, in a place word ("Main Street").
 */
final class KeywordOrganizations {

    private static final Set<String> JOINERS = Set.of("of", "for", "and", "the", "on");
    /** Words that open a sentence with "of" to count or share out what follows: "Shares of", "Thousands of". */
    private static final Set<String> PARTITIVES = Set.of("Shares", "Sales", "Units", "Prices", "Thousands", "Hundreds",
            "Dozens", "Millions", "Billions", "Most", "Many", "Some", "All", "None", "Each", "Parts", "Part", "Much", "Half");

    private static final Pattern NUMBERED = Pattern.compile("^ No\\. ?\\d+");

    /** Where a capitalised run ends (exclusive token index), and its first and last organisation keywords (-1: none). */
    private record Run(int end, int firstKeyword, int lastKeyword) {
        /**
         * The keyword that decides the name's kind and where it may end: the last one, except in a name "K of ..." or
         * "K for ..." whose later keyword is a field a company's name also ends with ("Ministry of Energy", "Department
         * of Energy and Mineral Resources", "Organization of the Petroleum Exporting Countries"): there K is the head.
         * A later institutional keyword is the head of a longer name ("Bank of England Prudential Regulation
         * Authority", "University of California Police Department").
         */
        int head(List<Tokens.Token> toks) {
            if (firstKeyword < 0 || firstKeyword == lastKeyword || firstKeyword + 1 >= end) return lastKeyword;
            String next = toks.get(firstKeyword + 1).text();
            boolean ofName = next.equals("of") || next.equals("for");
            boolean fieldAfter = "company".equals(EntityKeywords.kindForKeyword(toks.get(lastKeyword).text()))
                    && !"company".equals(EntityKeywords.kindForKeyword(toks.get(firstKeyword).text()));
            return ofName && fieldAfter ? firstKeyword : lastKeyword;
        }
    }

    /**
     * The pattern names of {@code text}; {@code known} are the gazetteer's mentions: a pattern name drops those
     * inside it and is not added where one covers it.
     */
    static List<Mention> find(String text, List<Mention> known, Gazetteer gaz, int skipFrom, int skipTo) {
        List<Mention> out = new ArrayList<>();
        List<Tokens.Token> toks = Tokens.of(text);
        Set<String> vocabulary = NameShapes.vocabulary(toks); // once a page: a family name after a keyword asks it
        int i = 0;
        while (i < toks.size()) {
            if (!toks.get(i).capitalized() || (toks.get(i).start() >= skipFrom && toks.get(i).start() < skipTo)) {
                i++;
                continue;
            }
            Run run = run(text, toks, i);
            int end = run.end();
            if (run.lastKeyword() < 0 && EntityKeywords.companyPrefix(toks.get(i).text())) end = prefixed(out, text, toks, known, i, end);
            else if (run.lastKeyword() < 0) place(out, text, toks, known, i, end);
            else end = organization(out, text, toks, known, gaz, i, run, vocabulary);
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /** The run starting at token {@code i}: capitalised words, and joiners between capitalised words. */
    private static Run run(String text, List<Tokens.Token> toks, int i) {
        int j = i;
        int firstKeyword = -1;
        int lastKeyword = -1;
        while (j < toks.size()) {
            Tokens.Token t = toks.get(j);
            if (t.text().equals("No") && t.end() < text.length() && text.charAt(t.end()) == '.') break;
            // "Ministry of Defence on Monday": a joiner never leads to a weekday, a month or a clause word
            if (t.capitalized() || (t.type() == Tokens.Type.WORD && JOINERS.contains(t.text()) && joins(toks, j + 1))
                    // "Armed Forces of the Philippines": "of the" before a capitalised word joins too
                    || (t.text().equals("of") || t.text().equals("for")) && j + 1 < toks.size() && toks.get(j + 1).text().equals("the") && joins(toks, j + 2)) {
                if (t.capitalized() && EntityKeywords.kindForKeyword(t.text()) != null) {
                    firstKeyword = firstKeyword < 0 ? j : firstKeyword;
                    lastKeyword = j;
                }
                if (j + 1 < toks.size() && Tokens.adjacent(text, t, toks.get(j + 1))) {
                    j++;
                    continue;
                }
                j++;
                break;
            }
            break;
        }
        return new Run(j, firstKeyword, lastKeyword);
    }

    /**
     * "PT Vale Indonesia said": a company form before a run without a keyword makes the run up to its first joiner or
     * title a company, a country's name inside it included. Returns where the name ends.
     */
    private static int prefixed(List<Mention> out, String text, List<Tokens.Token> toks, List<Mention> known, int i, int end) {
        // "PT Senator Humberto Costa": PT is also a party's initials, and a title after it starts a person's name
        int last = i;
        while (last + 1 < end && toks.get(last + 1).capitalized() && !Roles.isNoun(toks.get(last + 1).text())) last++;
        if (last == i) return i + 1;
        final int s = toks.get(i).start(), e = toks.get(last).end();
        out.add(new Mention(s, e, text.substring(s, e), text.substring(s, e), "company", false));
        known.removeIf(m -> m.start() >= s && m.end() <= e);
        return last + 1;
    }

    /** A run without a keyword ending in a place word, tokens [i, end). */
    private static void place(List<Mention> out, String text, List<Tokens.Token> toks, List<Mention> known, int i, int end) {
        if (end - i < 2 || !EntityKeywords.placeKeyword(toks.get(end - 1).text())) return;
        int first = i;
        while (first < end - 1 && leading(toks.get(first).text())) first++;
        final int ps = toks.get(first).start(), pe = toks.get(end - 1).end();
        boolean titled = false;
        for (int k = first; k < end; k++) titled |= Roles.isNoun(toks.get(k).text());
        // "Linda Park said": a first name and a surname that happens to be a place word is a person
        boolean personLike = end - first == 2 && FirstNames.contains(toks.get(first).text())
                && !EntityKeywords.LOCATIVE.contains(Text.wordBefore(text, ps));
        if (end - 1 > first && !titled && !personLike && known.stream().noneMatch(m -> m.start() < pe && ps < m.end())) {
            out.add(new Mention(ps, pe, text.substring(ps, pe), text.substring(ps, pe), "place", false));
        }
    }

    /** A run with a keyword starting at token {@code i}; returns where the name ends (a title after it is not part of it). */
    private static int organization(List<Mention> out, String text, List<Tokens.Token> toks, List<Mention> known,
                                    Gazetteer gaz, int i, Run run, Set<String> vocabulary) {
        int end = run.end();
        int head = run.head(toks);
        // "No. 924" numbering continues a unit's name
        int endChar = toks.get(end - 1).end();
        Matcher num = NUMBERED.matcher(Text.window(text, endChar));
        int first = i;
        while (first < head && leading(toks.get(first).text())) first++;
        // "Secretary of the Provincial Party Committee": a title before the body's name is a person's, not the body's
        for (int k = first; k < head; k++) if (Roles.isNoun(toks.get(k).text())) first = k + 1;
        while (first < head && leading(toks.get(first).text())) first++;
        // "Lee Jang-woo of the Liberty Korea Party": two words or more before "of" with no keyword among them name
        // someone or something else of the body ("House of Representatives" keeps its one word)
        for (int k = first + 2; k < head; k++) {
            String w = toks.get(k).text();
            // "Imee Marcos and Senate President X": "and" right before a one-word body joins two things, not a name
            boolean andBefore = w.equals("and") && k + 1 == head;
            if (!w.equals("of") && !w.equals("for") && !andBefore) continue;
            boolean keyword = false;
            for (int x = first; x < k; x++) keyword |= EntityKeywords.kindForKeyword(toks.get(x).text()) != null;
            if (!keyword) first = k + 1;
            break;
        }
        while (first < head && leading(toks.get(first).text())) first++;
        // "Shares of Tata Motors rose", "Officials of the Kenya Wildlife Service": a sentence's partitive or people
        // noun before "of" is the sentence's word, not the body's
        if (first + 2 <= head && toks.get(first + 1).text().equals("of") && Text.opensSentence(text, toks.get(first).start())
                && (PARTITIVES.contains(toks.get(first).text()) || Roles.personNoun(toks.get(first).lower()))) first += 2;
        while (first < head && leading(toks.get(first).text())) first++;
        String kind = EntityKeywords.kindForKeyword(toks.get(head).text());
        // "Foreign Ministry Spokesman Nasser Kanaani": the entity stops before a title that follows it
        // "the Defence Ministry Monday said": nor does it swallow a weekday, a month or a clause word after it
        for (int k = head + 1; k < end; k++) if (Roles.isNoun(toks.get(k).text()) || Tokens.STOP.contains(toks.get(k).text())) end = k;
        // "Union Home Minister Amit Shah": a keyword opening a title's modifiers before its head noun is the title's word
        if (first == head && end < run.end() && end > head + 1 && modifiersOnly(toks, head + 1, end)) return end;
        // "Health Cabinet Secretary Susan Nakhumicha", "Cabinet Minister X": a cabinet's member's title, not a body
        if (toks.get(head).text().equals("Cabinet") && end == head + 1 && end < run.end()
                && Roles.isNoun(toks.get(end).text())) return end;
        // "Department of Agriculture Le Duc Minh": a name written family name first ends the body's name before it
        for (int k = head + 2; k < end - 1; k++) {
            if (FamilyNamesFirst.contains(toks.get(k).text()) && FamilyNamesFirst.shaped(toks, k, end - 1, vocabulary)) {
                end = k;
                break;
            }
        }
        // "Russia's Defence Ministry and Ukraine's": an "and" right after the keyword joins two names, not one
        if (head + 1 < end && toks.get(head + 1).text().equals("and")) end = head + 1;
        first = coordinated(out, text, toks, known, first, head, kind);
        // "Team USA", "University College London": up to two words after the keyword; "Team Develops Multi-Finger
        // Haptic Display" (a title-cased clause) ends at it
        // ("Ministry of Energy Says Fuel Subsidy Will End": measured from the run's last keyword, also in a "K of" name)
        int tail = run.lastKeyword();
        if (end - tail > 3 && toks.get(tail + 1).capitalized()) end = tail + 1;
        // keep the run to its last capitalised word (a keyword may be followed by "for Unmanned Aviation")
        int startChar = dottedCountryBefore(known, text, toks.get(first).start());
        int e = toks.get(end - 1).end();
        if (num.find()) {
            e = endChar + num.end();
            kind = "military_unit"; // numbered units ("No. 924") are military formations
        }
        final int e2 = e;
        String surface = text.substring(startChar, e2);
        boolean coveredByGazetteer = known.stream().anyMatch(m -> m.start() <= startChar && m.end() >= e2);
        if (Text.wordCount(surface) >= 2 && !coveredByGazetteer && head >= first) {
            Gazetteer.Entry g = gaz.byName(surface);
            out.add(new Mention(startChar, e2, surface, g != null ? g.name() : surface, g != null ? g.kind() : kind, false));
            // drop gazetteer hits inside the longer pattern name ("Security Council" inside "X Security Council Office")
            known.removeIf(m -> m.start() >= startChar && m.end() <= e2 && !(m.start() == startChar && m.end() == e2));
        }
        return end;
    }

    /**
     * "Omidyar Network and Unreasonable Capital": names of two words or more joined by "and" are bodies of the same
     * kind, not one; each one before the keyworded name is added on its own. A single word before "and" is part of
     * the name ("Environment and Labor Committee", "Food and Drug Administration"), so is an "and" after "of" or
     * "for" ("Ministry of Trade and Industry"). Returns where the keyworded name starts.
     */
    private static int coordinated(List<Mention> out, String text, List<Tokens.Token> toks, List<Mention> known,
                                   int first, int lastKeyword, String kind) {
        if (acronymSpansAll(text, toks, first, lastKeyword)) return first;
        int from = first;
        for (int k = first; k < lastKeyword - 1; k++) {
            String w = toks.get(k).text();
            if (w.equals("of") || w.equals("for")) return from;
            if (!w.equals("and")) continue;
            if (k - from >= 2 && allCapitalised(toks, from, k)) {
                final int s = toks.get(from).start(), e = toks.get(k - 1).end();
                if (known.stream().noneMatch(m -> m.start() < e && s < m.end())) {
                    out.add(new Mention(s, e, text.substring(s, e), text.substring(s, e), kind, false));
                }
                from = k + 1;
            }
        }
        return from;
    }

    private static final Pattern ACRONYM_AFTER = Pattern.compile("^ ?\\((\\p{Lu}{2,})\\)");

    /**
     * "the Independent Electoral and Boundaries Commission (IEBC)": an acronym whose letters are the initials of the
     * whole run [first, lastKeyword] says it is one name, "and" included; in brackets right after the name, or (three
     * letters or more) anywhere on the page ("the Australian Competition and Consumer Commission ... ACCC chair").
     */
    private static boolean acronymSpansAll(String text, List<Tokens.Token> toks, int first, int lastKeyword) {
        int end = toks.get(lastKeyword).end();
        List<String> initials = ShortForms.initials(text.substring(toks.get(first).start(), end));
        Matcher acr = ACRONYM_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16)));
        if (acr.find()) return initials.contains(acr.group(1));
        for (String a : initials) if (a.length() >= 3 && Text.containsWord(text, a)) return true;
        return false;
    }

    /**
     * "U.S. Embassy": a country's code written with periods ("U.S.", "U.K.") opens the name, although the tokens stop
     * at its periods. Returns where the name starts.
     */
    private static int dottedCountryBefore(List<Mention> known, String text, int start) {
        if (start < 2 || text.charAt(start - 2) != '.') return start; // checked first: the scan below stays rare
        for (Mention m : known) {
            if (m.end() + 1 == start && text.charAt(m.end()) == ' ' && "country".equals(m.kind()) && m.surface().endsWith(".")) return m.start();
        }
        return start;
    }

    private static boolean joins(List<Tokens.Token> toks, int k) {
        return k < toks.size() && toks.get(k).capitalized() && !Tokens.STOP.contains(toks.get(k).text());
    }

    /** What a run may open with but a name does not: "At the Osaka District Court" is "Osaka District Court". */
    private static boolean leading(String w) {
        return Tokens.STOP.contains(w) || JOINERS.contains(w);
    }

    private static boolean modifiersOnly(List<Tokens.Token> toks, int from, int to) {
        for (int k = from; k < to; k++) if (!Roles.MODIFIERS.contains(toks.get(k).lower())) return false;
        return true;
    }

    private static boolean allCapitalised(List<Tokens.Token> toks, int from, int to) {
        for (int k = from; k < to; k++) if (!toks.get(k).capitalized()) return false;
        return true;
    }

    private KeywordOrganizations() {
    }
}
