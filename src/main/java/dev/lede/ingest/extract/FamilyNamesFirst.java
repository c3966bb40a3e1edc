package dev.lede.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Common family names of cultures that write them first ("Nguyen Van Quyet", "Wang Yi", "Kim Min-jae"; see
 * resources/ingest/family-names-first.txt): the English first-name list misses these people entirely. Evidence, not
 * proof: the rest of the run must be words the page never writes in lower case, and no kind word.
 */
final class FamilyNamesFirst {
    private static volatile Set<String> names;
    private static final Set<String> SHORT_AND_AMBIGUOUS = Set.of("Le", "Sun", "Pan", "Tang", "Du", "Ye", "Su", "Lu", "Ding", "Ren",
            "Hong", "Ko", "Cha", "Joo", "Cao", "Yu", "Jin", "Gao", "Hu", "Wu");

    static boolean contains(String token) {
        if (names == null) {
            synchronized (FamilyNamesFirst.class) {
                if (names == null) names = load();
            }
        }
        return names.contains(token);
    }

    /** Tokens [from, to] are two to four capitalised words opening with such a family name, none a dictionary or kind word. */
    static boolean shaped(List<Tokens.Token> toks, int from, int to, Set<String> vocabulary) {
        if (to - from < 1 || to - from > 3 || !contains(toks.get(from).text())) return false;
        // "Le Havre", "Sun Microsystems", "Pan Am": a short family name that also opens names of places and firms needs
        // the three words of a full name ("Le Duc Minh")
        if (to - from < 2 && SHORT_AND_AMBIGUOUS.contains(toks.get(from).text())) return false;
        for (int k = from; k <= to; k++) {
            Tokens.Token t = toks.get(k);
            if (t.type() != Tokens.Type.WORD || !t.capitalized() || t.allCaps() || Tokens.STOP.contains(t.text())) return false;
            if (vocabulary.contains(t.lower()) || Roles.isNoun(t.text()) || EntityKeywords.kindForKeyword(t.text()) != null
                    || EntityKeywords.placeKeyword(t.text()) || CountryData.isCountryWord(t.text())) return false;
        }
        return true;
    }

    private static Set<String> load() {
        return new HashSet<>(DataLines.of("family-names-first.txt"));
    }

    private FamilyNamesFirst() {
    }
}
