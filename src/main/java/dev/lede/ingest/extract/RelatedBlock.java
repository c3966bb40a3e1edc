package dev.lede.ingest.extract;

import java.util.List;

/**
 * A related-stories block inside the body ("Related stories", "Read more", "RELATED" and one to four headlines of
 * other stories) with the story's prose going on after it. Such a label at the end of a page starts its furniture;
 * in the middle of the body it is an inline promotion, and ending the body there lost every paragraph after it.
 */
final class RelatedBlock {

    /** Headlines a block may list before the prose goes on. */
    private static final int MAX_LINKS = 4;

    /**
     * Where the body goes on after a block whose label is at {@code i}: the first paragraph of prose after at most
     * {@link #MAX_LINKS} headline-like lines; -1 when the line is no block label or no prose follows the block.
     */
    static int resume(List<Text.Line> lines, LineKind[] kinds, int i) {
        String label = lines.get(i).text().strip();
        if (Text.wordCount(label) > 4 || !LineKind.TEASER_LABEL.matcher(label).matches()) return -1;
        int links = 0;
        for (int j = i + 1; j < lines.size(); j++) {
            String t = lines.get(j).text();
            if (kinds[j] == LineKind.CONTENT && prose(t)) return links > 0 && storyGoesOn(lines, kinds, j) ? j : -1;
            if (kinds[j].endsBody()) return -1;
            // a headline, a teaser cut with "...", or a stamp or crosshead of three words at most ("9:45 p.m.")
            if (kinds[j] == LineKind.CONTENT && !PageLayout.titleLike(t) && !PageLayout.teaser(t) && Text.wordCount(t) > 3) return -1;
            if (kinds[j] == LineKind.CONTENT && ++links > MAX_LINKS) return -1;
        }
        return -1;
    }

    /**
     * Whether the prose at {@code j} is the story going on, not the one-sentence summary of a teaser: a summary is
     * followed by the next teaser's headline ("Related stories", headline, summary, headline, summary, "© 2024"),
     * and resuming the body there poured every line down to the footer into it.
     */
    private static boolean storyGoesOn(List<Text.Line> lines, LineKind[] kinds, int j) {
        for (int k = j + 1; k < lines.size(); k++) {
            if (kinds[k].endsBody()) return true;
            if (kinds[k] != LineKind.CONTENT) continue;
            String t = lines.get(k).text();
            return prose(t) || !PageLayout.titleLike(t) && !PageLayout.teaser(t);
        }
        return true;
    }

    /** A paragraph of prose, or a sentence of some length that introduces a quotation with a colon (never a headline). */
    private static boolean prose(String t) {
        return !PageLayout.teaser(t) && (PageLayout.isProse(t) || Text.wordCount(t) >= 8 && t.strip().endsWith(":"));
    }

    private RelatedBlock() {
    }
}
