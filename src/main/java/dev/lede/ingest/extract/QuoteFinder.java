package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations in straight or curly, double or single quotes ({@link QuoteSpans}), each with its speaker from the
 * sentence around it ({@link QuoteAttribution}): "..., X said" / "said X" after it, "X said: ..." / "According
 * to X" before it, a pronoun ("he added") resolved to the person the text is about, a quote standing alone
 * continuing the last speaker, and else the subject of the sentence (an entity when an institution speaks:
 * "the United States expressed ... “detrimental”").
 */
public final class QuoteFinder {

    public record Quote(int start, int end, String text, Mention speaker, boolean fragment, double confidence) {
    }

    public List<Quote> find(String text, List<Mention> mentions) {
        return find(text, text, mentions);
    }

    /**
     * As {@link #find(String, List)} on {@code text} (marks normalised by {@link QuoteMarks}), each quote's words cut
     * from {@code verbatim}, the page as printed at the same offsets: "‹ x ›" nested in « » stays as printed.
     */
    public List<Quote> find(String text, String verbatim, List<Mention> mentions) {
        List<Quote> out = new ArrayList<>();
        QuoteAttribution attribution = new QuoteAttribution(text, mentions);
        Mention lastSpeaker = null;
        int paraStart = 0;
        // a page that never uses double quotation marks quotes with single ones ('‘…’', the British house style):
        // then a single-quoted span is a quotation of any length, not only a short scare quote
        boolean singles = text.indexOf('“') < 0 && text.indexOf('"') < 0 && text.indexOf('‘') >= 0;
        String[] paras = text.split("\n\n", -1);
        List<Integer> continued = new ArrayList<>();
        for (int pi = 0; pi < paras.length; pi++) {
            String para = paras[pi];
            List<QuoteSpans.Span> spans = QuoteSpans.spans(para, singles, pi + 1 < paras.length && QuoteSpans.opensQuote(paras[pi + 1]));
            List<int[]> sentences = QuoteSpans.sentences(para, spans);
            Mention paraSpeaker = null;
            for (QuoteSpans.Span q : spans) {
                int qs = paraStart + q.open() + 1;
                int qe = paraStart + q.close();
                String clean = verbatim.substring(qs, qe).strip().replaceAll("[,;:]+$", "").strip();
                if (clean.isEmpty() || nickname(verbatim, qs - 1, qe + 1) || title(verbatim, qs - 1, clean)) continue;
                boolean runsOn = q.close() == para.length();
                int[] sent = QuoteSpans.sentenceOf(sentences, q.open());
                QuoteAttribution.Attribution a = attribution.attribute(paraStart + sent[0], paraStart + sent[1],
                        paraStart + q.open(), paraStart + q.close() + (runsOn ? 0 : 1), lastSpeaker, spans, paraStart);
                // a quotation continued in the next paragraph is its speaker's there ("“S1.\n\n“S2,” X said"),
                // unless this paragraph names the speaker before it or a quote of this paragraph had one
                boolean pending = runsOn && a.confidence() < 0.8 && paraSpeaker == null;
                if (!pending) {
                    if (a.speaker() != null) for (int k : continued) out.set(k, withSpeaker(out.get(k), a));
                    continued.clear();
                }
                out.add(new Quote(qs, qe, clean, a.speaker(), fragment(clean), a.confidence()));
                if (pending) continued.add(out.size() - 1);
                else if (a.speaker() != null) lastSpeaker = paraSpeaker = a.speaker();
            }
            paraStart += para.length() + 2;
        }
        return out;
    }

    private static Quote withSpeaker(Quote q, QuoteAttribution.Attribution a) {
        return new Quote(q.start(), q.end(), q.text(), a.speaker(), q.fragment(), a.confidence());
    }

    private static final java.util.regex.Pattern NAME_BEFORE = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.'’-]* $");
    private static final java.util.regex.Pattern NAME_AFTER = java.util.regex.Pattern.compile("^ (?:\\p{Lu}|(?:de|dela|delos|del|da|di|du|van|von|al|bin|la|le) \\p{Lu})");

    /** 'Ronald "Bato" dela Rosa': one capitalised word in marks between two words of a name is a nickname, not a quote. */
    private static boolean nickname(String text, int open, int closeEnd) {
        String inside = text.substring(open + 1, closeEnd - 1);
        if (!inside.matches("\\p{Lu}[\\p{L}.'’-]*")) return false;
        return NAME_BEFORE.matcher(text.substring(Math.max(0, open - 40), open)).find()
                && NAME_AFTER.matcher(text.substring(closeEnd, Math.min(text.length(), closeEnd + 12))).find();
    }

    private static final java.util.regex.Pattern TITLE_NOUN = java.util.regex.Pattern.compile("(?i)\\b(?:programme|program|campaign|"
            + "movement|slogan|motto|book|film|movie|song|album|called|named|dubbed|entitled|titled|known as)\\s+$");

    /**
     * 'the programme "Digital Transformation 2025"', 'a book entitled "Roots"': a name or title in marks, after a noun
     * that titles or names things, or written in title case without a sentence's end, is not anybody's words.
     */
    private static boolean title(String text, int open, String clean) {
        String[] w = clean.split("\\s+");
        if (w.length < 2 || w.length > 12 || clean.matches(".*[.!?,;:]$") || w[0].equals("I")) return false;
        for (String x : w) if (x.isEmpty() || !(Character.isUpperCase(x.codePointAt(0)) || Character.isDigit(x.codePointAt(0)))) return false;
        // every word capitalised, after a noun that names titles: 'the campaign "Fresh Every Day"', 'a book entitled "Roots Of It"'
        return TITLE_NOUN.matcher(text.substring(Math.max(0, open - 40), open)).find();
    }

    /** A scare quote or a clause quoted inside the writer's sentence, not a statement of its own. */
    private static boolean fragment(String clean) {
        int words = Text.wordCount(clean);
        return words <= 3 || (Character.isLowerCase(clean.codePointAt(0)) && words <= 8 && !clean.matches(".*[.!?]$"));
    }
}
