package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sports teams, which have no keyword ("Al Ain", "Colorado Rockies", "Real Madrid"), found on a sports page by the
 * slots only a side fills: one name beats, draws with, loses to, hosts or faces another ("Al Wasl beat Sharjah
 * 2-1"), a result against one ("a win over the Boston Red Sox"), or a team's staff title before a
 * person ("Sharjah coach X"). A team is then the same team wherever its name recurs. On a page that is not about
 * sport (fewer than three words only sport uses) nothing is found: "Brazil beat inflation" names no team.
 */
final class Teams {

    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'’-]*+";
    /** Not inside a word, nor after its apostrophe or hyphen: "A'A'A'..." must not start a match at every capital. */
    private static final String START = "(?<![\\p{L}\\p{N}'’-])";
    private static final String NAME = "((?:Al |El |FC |AC |AS |SC |Real |Club )?" + WORD + "(?: " + WORD + "){0,2})";
    private static final String SCORE = "(?: \\d{1,3}[-–]\\d{1,3})?";
    /** "X beat Y", "X drew 1-1 with Y", "X lost 3-0 to Y", "X host Y": both sides are teams. */
    private static final Pattern VERSUS = Pattern.compile(START + "(?:[Tt]he )?" + NAME
            + " (?:beat|beats|defeated|defeats|edged|edges|thrashed|routed|overcame|outclassed|stunned|eliminated|hosted|host|hosts|face|faces|faced|visit|visits|visited|play|plays|played)"
            + SCORE + " (?:the )?" + NAME + "|" + START + "(?:[Tt]he )?" + NAME
            + " (?:drew|draw|draws|tied|ties|lost|lose|loses|fell)" + SCORE + " (?:with|to|against) (?:the )?" + NAME);
    /** "a win over Y", "a defeat to Y": one side named by the result ("against Y" alone names a person as often). */
    private static final Pattern RESULT = Pattern.compile("\\b(?:win|victory|wins|victories|defeat|loss|draw|clash|match|game|tie|final|semi-final|semifinal)"
            + " (?:over|against|to|with|at) (?:the )?" + NAME);
    /** "Sharjah coach X", "Yankees manager X": a team's staff title right after its name. */
    private static final Pattern STAFF = Pattern.compile(START + NAME
            + " (?:coach|manager|head coach|striker|midfielder|defender|goalkeeper|captain|forward|winger|pitcher|quarterback|skipper|"
            + "slugger|outfielder|infielder|shortstop|catcher|batsman|bowler|all-rounder|point guard)\\b"
            // "Yankees star X": a side named in the plural ("Hollywood star", "Pop star" are no sides)
            + "|" + START + "((?:\\p{Lu}[\\p{L}-]+ ){0,2}\\p{Lu}[\\p{L}-]+s) star\\b");
    /** "the Dodgers’ 8–7 win", "Arsenal's 2-0 defeat": a side owns a result with a score (without one, "Biden's win" is no team's). */
    private static final Pattern OWN_RESULT = Pattern.compile(START
            + "((?:Al |El |FC |AC |AS |SC |Real |Club )?\\p{Lu}[\\p{L}\\p{N}-]*+(?: \\p{Lu}[\\p{L}\\p{N}-]*+){0,2})['’]s? \\d{1,3}[-–]\\d{1,3} (?:win|victory|loss|defeat|draw|comeback|rout)\\b");

    /** Words of sport only ("goal", "season", "match" and "penalty" are everybody's): three make a sports page. */
    private static final Set<String> SPORTS_WORDS = Set.of("scored", "league", "striker", "midfielder", "defender",
            "goalkeeper", "innings", "inning", "pitcher", "stadium", "tournament", "playoff", "playoffs", "fixture",
            "halftime", "half-time", "touchdown", "quarterback", "wicket", "standings", "kick-off", "kickoff", "referee",
            "homer", "hitter", "goals", "homers", "baseball", "basketball", "soccer", "rugby", "hockey",
            "postgame", "pregame", "bullpen", "dugout", "shortstop", "outfielder", "infielder",
            "semifinal", "semi-final", "quarterfinal", "quarter-final", "hat-trick", "olympic", "olympics", "nba", "nfl", "mlb",
            "nhl", "fifa", "uefa", "batsman", "bowler", "slugger", "rbi", "rbis");

    /** Team mentions of {@code text} outside {@code taken}; place and country mentions inside a longer team name give way. */
    static List<Mention> find(String text, List<Mention> taken, int skipFrom, int skipTo) {
        if (!sportsPage(text)) return List.of();
        Set<String> names = new LinkedHashSet<>();
        collect(VERSUS.matcher(text), names);
        collect(RESULT.matcher(text), names);
        collect(STAFF.matcher(text), names);
        collect(OWN_RESULT.matcher(text), names);
        names.removeIf(n -> !plausible(n));
        BitSet covered = new BitSet(text.length());
        List<Mention> out = new ArrayList<>();
        // longest first: "Manchester City" claims its words before a headline's "City"
        List<String> byLength = new ArrayList<>(names);
        byLength.sort((a, b) -> Integer.compare(b.length(), a.length()));
        for (String name : byLength) {
            for (int k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) {
                int e = k + name.length();
                if (!wholeWords(text, k, e) || covered.get(k, e).cardinality() > 0 || k >= skipFrom && k < skipTo) continue;
                if (!yields(taken, k, e)) continue;
                out.add(new Mention(k, e, name, name, "organization", false));
                covered.set(k, e);
            }
        }
        return out;
    }

    /** Removes from {@code taken} the places and countries inside the teams ("Madrid" inside "Real Madrid") or as the team. */
    static void giveWay(List<Mention> taken, List<Mention> teams) {
        taken.removeIf(m -> teams.stream().anyMatch(t -> t.start() <= m.start() && m.end() <= t.end()));
    }

    private static boolean yields(List<Mention> taken, int s, int e) {
        for (Mention m : taken) {
            if (m.end() <= s || e <= m.start()) continue;
            // a place inside the team's name ("Madrid" in "Real Madrid"), or a city that is the team ("Liverpool beat ...")
            boolean inside = s <= m.start() && m.end() <= e && ((m.end() - m.start()) < e - s || "place".equals(m.kind()));
            if (!inside || !("place".equals(m.kind()) || "country".equals(m.kind()))) return false;
        }
        return true;
    }

    private static void collect(Matcher m, Set<String> names) {
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) names.add(m.group(g).replaceAll("[.’']+$", ""));
        }
    }

    /** No clause word, month, title or first name-and-surname pair ("Lionel Messi beat ..." names a player). */
    /** Plural words a "star" follows that name a sport or a field, not a side ("Tennis star", "Olympics star"). */
    private static final Set<String> NOT_SIDES = Set.of("Tennis", "Chess", "Darts", "Athletics", "Gymnastics", "Olympics",
            "Paralympics", "Games", "Sports", "Esports", "Business", "Fitness", "News", "Movies", "Films", "Series", "Records");

    private static boolean plausible(String name) {
        String[] w = name.split(" ");
        if (NOT_SIDES.contains(w[w.length - 1])) return false;
        for (String x : w) {
            if (Tokens.STOP.contains(x) || Roles.isNoun(x) || Tokens.HONORIFICS.contains(x)) return false;
            if (w.length == 1 && CountryData.countryOfDemonym(x) != null) return false; // "Brazilian striker X"
        }
        return !(w.length == 2 && FirstNames.contains(w[0]) && !w[0].equals("Al"));
    }

    private static boolean sportsPage(String text) {
        // one pass over the words, lower-casing only those as long as a sport word; done at the third
        Set<String> seen = new java.util.HashSet<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && wordChar(text.charAt(j))) j++;
            if (j - i >= 3 && j - i <= LONGEST_SPORTS_WORD) {
                String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                if (SPORTS_WORDS.contains(w) && seen.add(w) && seen.size() >= 3) return true;
            }
            i = j;
        }
        return false;
    }

    private static final int LONGEST_SPORTS_WORD = SPORTS_WORDS.stream().mapToInt(String::length).max().orElse(0);

    private static boolean wordChar(char c) {
        return c == '-' || Character.isLetter(c);
    }

    private static boolean wholeWords(String text, int s, int e) {
        return (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1))) && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)));
    }

    private Teams() {
    }
}
