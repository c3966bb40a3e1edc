package dev.lede.ingest.extract;

/**
 * Quotation marks of other conventions written as the curly English ones the quote rules read, without moving a
 * character: French guillemets « » (and their inner spaces), reversed ones » « (German, Danish), German low-high
 * marks „ “ and single guillemets ‹ ›. A page quoting in any of them is then read like one quoting in “ ”.
 * Translated and non-English outlets keep their house marks, and the extractor must not lose every quotation there.
 */
final class QuoteMarks {

    /** The text with every quotation of another convention in curly marks; the same text when it has none. */
    static String normalise(String text) {
        if (!hasOther(text)) return text;
        char[] c = text.toCharArray();
        // guillemets point one way on a page: the marks that pair within a paragraph ("«Q»" or "»Q«") say which
        // opens, so a stray mark ("Lire aussi » ...") neither opens a quotation nor turns the page's quotes around
        boolean reversed = reversed(text, '«', '»'), reversedSingle = reversed(text, '‹', '›');
        // single marks nest inside double ones ("« Q ‹ q › Q »"): each kind keeps its own open quotation
        char wantDouble = 0, wantSingle = 0;
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            boolean single = ch == '‹' || ch == '›';
            char want = single ? wantSingle : wantDouble;
            if (want != 0 && (ch == want || want == '“' && ch == '”')) {
                close(c, i, single ? '’' : '”');
                if (single) wantSingle = 0;
                else wantDouble = 0;
                continue;
            }
            char closer = closerOf(ch, reversed, reversedSingle);
            if (closer == 0) continue;
            // an opening mark while one is open starts a new quotation (a quote continued in the next paragraph
            // opens again there): the earlier one stays unclosed, as it is printed
            if (single) wantSingle = closer;
            else wantDouble = closer;
            i = open(c, i, single ? '‘' : '“');
        }
        return new String(c);
    }

    private static boolean hasOther(String text) {
        for (int i = 0; i < text.length(); i++) if ("«»„‹›".indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    /**
     * Whether the page's guillemets point inwards ("»Q«"): more paragraphs pair them » then « than « then »; with
     * no pair (or as many each way) the first mark decides, as a quotation continued over paragraphs pairs none.
     */
    private static boolean reversed(String text, char open, char close) {
        int forward = 0, backward = 0;
        for (String para : text.split("\n")) {
            char pending = 0;
            for (int i = 0; i < para.length(); i++) {
                char ch = para.charAt(i);
                if (ch != open && ch != close) continue;
                if (pending != 0 && ch != pending) {
                    if (pending == open) forward++;
                    else backward++;
                    pending = 0;
                } else {
                    pending = ch;
                }
            }
        }
        return forward != backward ? backward > forward : firstOf(text, close, open) == close;
    }

    /** Whichever of {@code a} and {@code b} comes first in the text, 0 when neither does. */
    private static char firstOf(String text, char a, char b) {
        int i = text.indexOf(a), j = text.indexOf(b);
        return i < 0 && j < 0 ? 0 : j < 0 || i >= 0 && i < j ? a : b;
    }

    /** The mark that closes a quotation opened by {@code ch}, or 0 when {@code ch} opens none on this page. */
    private static char closerOf(char ch, boolean reversed, boolean reversedSingle) {
        return switch (ch) {
            case '«' -> reversed ? 0 : '»';
            case '»' -> reversed ? '«' : 0;
            case '„' -> '“';
            case '‹' -> reversedSingle ? 0 : '›';
            case '›' -> reversedSingle ? '‹' : 0;
            default -> 0;
        };
    }

    /** "« Q": the mark moves after the space (" “Q"), so the quotation starts at its first word; where it now is. */
    private static int open(char[] c, int i, char mark) {
        if (i + 1 < c.length && (c[i + 1] == ' ' || c[i + 1] == '\u202F')) {
            c[i] = ' ';
            c[i + 1] = mark;
            return i + 1;
        }
        c[i] = mark;
        return i;
    }

    /** "Q »": the mark moves before the space ("Q” "), so a comma or a period stays right before it. */
    private static void close(char[] c, int i, char mark) {
        if (i > 0 && (c[i - 1] == ' ' || c[i - 1] == '\u202F')) {
            c[i - 1] = mark;
            c[i] = ' ';
        } else {
            c[i] = mark;
        }
    }

    private QuoteMarks() {
    }
}
