package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Word tokens with offsets. A possessive "’s" is its own token so that "Steinmeier’s spokesman" keeps the name
 * apart; hyphens and apostrophes inside a word stay ("Frank-Walter", "O’Brien").
 */
public final class Tokens {

    public enum Type { WORD, POSS, PUNCT }

    public record Token(int start, int end, String text, Type type) {
        public boolean capitalized() {
            return type == Type.WORD && (Character.isUpperCase(text.codePointAt(0)) || articlePrefixed(text));
        }

        public boolean allCaps() {
            return type == Type.WORD && text.length() >= 2 && text.equals(text.toUpperCase()) && !text.equals(text.toLowerCase());
        }

        public String lower() {
            return text.toLowerCase();
        }
    }

    /**
     * "al-Masri", "el-Sayed", "ud-Din": a name opened by the Arabic article written in lower case is a capitalised
     * word (the article is grammar, so this is no list of names). Two character tests before any comparison: this
     * runs for every lower-case token.
     */
    static boolean articlePrefixed(String t) {
        if (t.length() < 5 || t.charAt(2) != '-' || !Character.isUpperCase(t.charAt(3))) return false;
        String a = t.substring(0, 2);
        return a.equals("al") || a.equals("el") || a.equals("ad") || a.equals("ud") || a.equals("ul");
    }

    public static List<Token> of(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ((d == '-' || d == '\'' || d == '’') && j + 1 < n && Character.isLetter(s.charAt(j + 1))) {
                        boolean possessive = d != '-' && (s.charAt(j + 1) == 's' || s.charAt(j + 1) == 'S')
                                && (j + 2 >= n || !Character.isLetter(s.charAt(j + 2)));
                        if (possessive) break;
                        j++;
                    } else {
                        break;
                    }
                }
                out.add(new Token(i, j, s.substring(i, j), Type.WORD));
                i = j;
                if (i + 1 < n && (s.charAt(i) == '\'' || s.charAt(i) == '’') && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2)))) {
                    out.add(new Token(i, i + 2, s.substring(i, i + 2), Type.POSS));
                    i += 2;
                }
                continue;
            }
            out.add(new Token(i, i + 1, String.valueOf(c), Type.PUNCT));
            i++;
        }
        return out;
    }

    /** True when only one plain space separates two tokens (a name does not run across punctuation). */
    public static boolean adjacent(String s, Token a, Token b) {
        return b.start() == a.end() + 1 && s.charAt(a.end()) == ' ';
    }

    /** Capitalised words that start sentences or clauses but are never part of a name or a title. */
    public static final Set<String> STOP = Set.of("The", "A", "An", "And", "But", "Or", "If", "When", "While", "As", "At",
            "In", "On", "Of", "For", "To", "From", "With", "By", "After", "Before", "During", "According", "Still",
            "Asked", "Speaking", "Would", "Will", "We", "I", "He", "She", "It", "They", "You", "His", "Her", "Their",
            "Its", "This", "That", "These", "Those", "Our", "My", "Your", "There", "Here", "What", "Why", "How",
            "Who", "Where", "Which", "Also", "However", "Meanwhile", "Yet", "So", "Then", "Now", "Until", "Since",
            "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December",
            "Not", "No", "Yes", "Some", "Many", "All", "Both", "Each", "Every", "Like", "Just", "Even", "Only",
            "Under", "Over", "Through", "Despite", "Without", "Against", "Among", "Amid", "Between", "Within", "Behind",
            "Beyond", "About", "Into", "Upon", "Across", "Along", "Around", "Near", "Following", "Unlike", "Once",
            "Comrade", "Madam", "Madame", "Mme", "Mx");

    /** Honorifics and abbreviated titles ("Rep. X", "Gen. X"): what follows them is a person. */
    public static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Prof", "Mister",
            "Rep", "Sen", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Maj", "Cmdr", "Supt", "Insp", "Amb", "Rev", "Hon", "Atty",
            "Comrade", "Madam", "Madame", "Mme", "Mx");

    private Tokens() {
    }
}
