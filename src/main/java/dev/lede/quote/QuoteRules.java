package dev.lede.quote;

import dev.lede.article.Quote;
import dev.lede.platform.persistence.Times;
import java.util.Arrays;
import java.util.List;

/**
 * What a quote derives from its input, the same whichever writer stores it (the API, an ingest, a bulk load): its
 * text, whether it is a fragment, where it stands in the article, and the words its slug is made from.
 */
public final class QuoteRules {
    private QuoteRules() {
    }

    /** The first eight words of the text: what a quote's slug is derived from. */
    public static String slugName(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(words.length, 8)));
    }

    /**
     * Sets the text, the fragment flag (three words or fewer, unless given) and the offset (where the text first
     * appears in the body, paragraphs joined by a blank line, unless given), and the update time.
     */
    public static void applyText(Quote quote, QuoteInput input, List<String> articleBody) {
        quote.text = input.text().strip();
        quote.fragment = input.fragment() != null ? input.fragment() : quote.text.split("\\s+").length <= 3;
        quote.offset = input.offset() != null ? input.offset() : offsetIn(String.join("\n\n", articleBody), quote.text);
        quote.updatedAt = Times.now();
    }

    private static Integer offsetIn(String body, String text) {
        int at = body.indexOf(text);
        return at < 0 ? null : at;
    }
}
