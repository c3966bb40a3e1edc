package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a scraped page into headline, standfirst, caption, body paragraphs and removed lines, from the line
 * kinds ({@link LineKind}) and their positions: chrome before the headline, a dek and a photo block between
 * headline and body, page furniture after the first line that ends the body.
 */
public final class PageLayout {

    public record Layout(Text.Line headline, Text.Line standfirst, Text.Line caption, List<Text.Line> body,
                         List<Text.Line> removed, List<Text.Line> all, List<String> warnings) {
    }

    /** "BERLIN (Reuters) -", "WASHINGTON, March 3 (AP) —", "LONDON —": a dateline opens the body. */
    static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*[\\p{L}\\d ,.]{2,30}?)?\\s*(?:\\(([^)]{2,40})\\)|/([^/]{2,30})/)?\\s*[-–—]{1,2})\\s+");

    private static final Pattern PICTURED = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3}, [^,]{3,80}, (?:speaks|spoke|attends|attended|gestures|gestured|looks|looked|arrives|arrived|waves|waved|is seen|was seen|talks|talked|addresses|addressed|poses|posed|listens|listened)\\b");
    /** A sentence's end, closing quotation marks of any convention after it ("… end.»", "… end. »", "… end.“"). */
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?](?: ?[\"”’')»«“›‹])*$");

    public Layout split(List<Text.Line> lines, String knownHeadline) {
        List<Text.Line> removed = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int n = lines.size();
        LineKind[] kinds = new LineKind[n];
        for (int i = 0; i < n; i++) kinds[i] = LineKind.of(lines.get(i).text());

        // 1. headline: the known one (HTML metadata) or the first title-like content line above the first
        // paragraph of prose; a title-like line below it is a crosshead or another story's teaser, never a reason
        // to drop the prose above it
        int prose = firstProse(lines, kinds);
        int h = -1;
        for (int i = 0; i < n && h < 0; i++) {
            String t = lines.get(i).text();
            if (knownHeadline != null && Text.plain(t).equalsIgnoreCase(Text.plain(knownHeadline))) h = i;
            else if (knownHeadline == null && i < prose && kinds[i] == LineKind.CONTENT && titleLike(t)) h = i;
        }
        if (h < 0 && knownHeadline == null) return headless(lines, kinds, prose);
        Text.Line headline = h >= 0 ? lines.get(h) : null;
        for (int i = 0; i < Math.max(h, 0); i++) {
            if (!sameAs(lines.get(i), headline)) removed.add(lines.get(i));
        }

        // 2. between headline and body: dek, photo label + caption, bylines, stamps
        Text.Line standfirst = null;
        Text.Line caption = null;
        boolean photoLabel = false;
        int i = h + 1;
        int bodyStart = -1;
        for (; i < n; i++) {
            Text.Line l = lines.get(i);
            String t = l.text();
            if (sameAs(l, headline)) continue; // a repeated headline is the headline, not chrome
            if (kinds[i] != LineKind.CONTENT) {
                removed.add(l);
                continue;
            }
            if (LineKind.CAPTION_MARK.matcher(t).find()) {
                if (caption == null) caption = l; else removed.add(l);
                continue;
            }
            if (DATELINE.matcher(t).find() && Text.wordCount(t) > 8) {
                bodyStart = i;
                break;
            }
            int words = Text.wordCount(t);
            if (words <= 4 && !ENDS_SENTENCE.matcher(t).matches()) {
                // a name or label standing alone under the headline labels the picture that follows
                removed.add(l);
                photoLabel = true;
                continue;
            }
            if (!isProse(t)) {
                if (photoLabel && caption == null) caption = l;
                else if (standfirst == null && caption == null) standfirst = l;
                else if (caption == null) caption = l;
                else removed.add(l);
                continue;
            }
            if (standfirst != null && caption == null && looksLikeCaptionBeforeBody(lines, kinds, i)) {
                caption = l;
                continue;
            }
            bodyStart = datelineAhead(lines, kinds, i, removed);
            break;
        }
        List<Text.Line> body = new ArrayList<>();
        if (bodyStart < 0) {
            // a dek without body is still an article of one paragraph (short briefs); otherwise nothing found
            if (standfirst == null) {
                throw new Extractor.NoArticleException("no body paragraphs after the headline",
                        headline == null ? List.of() : List.of("headline: " + headline.text()));
            }
            body.add(standfirst);
            standfirst = null;
            warnings.add("no body paragraph found; the dek is used as the body");
            i = n;
        }
        if (bodyStart >= 0) body(lines, kinds, bodyStart, body, removed);
        return new Layout(headline, standfirst, caption, body, removed, lines, warnings);
    }

    /**
     * A page without a headline line above its prose (an AMP copy, a page whose title was not scraped): the body
     * starts at the first paragraph of prose, what is above it is chrome, and the extractor words a headline.
     */
    private static Layout headless(List<Text.Line> lines, LineKind[] kinds, int prose) {
        if (prose >= lines.size()) {
            throw new Extractor.NoArticleException("no headline-like line and no paragraph of prose found",
                    lines.stream().limit(5).map(Text.Line::text).toList());
        }
        List<Text.Line> removed = new ArrayList<>(lines.subList(0, prose));
        List<Text.Line> body = new ArrayList<>();
        body(lines, kinds, datelineAhead(lines, kinds, prose, removed), body, removed);
        if (body.isEmpty()) throw new Extractor.NoArticleException("no body paragraphs", List.of(lines.get(prose).text()));
        return new Layout(null, null, null, body, removed, lines, List.of("no headline line found; the headline is worded from the first sentence"));
    }

    /**
     * Wire copy starts at its dateline ("NAIROBI, Kenya (AP) —"): when one of the three content lines after the first
     * prose paragraph opens with a sure one ({@link #wireDateline}), the prose above it is a disclaimer or a teaser, not the story's first paragraph.
     */
    private static int datelineAhead(List<Text.Line> lines, LineKind[] kinds, int prose, List<Text.Line> removed) {
        for (int j = prose + 1, seen = 0; j < lines.size() && seen < 3; j++) {
            if (kinds[j] != LineKind.CONTENT) continue;
            seen++;
            String t = lines.get(j).text();
            if (wireDateline(t) && Text.wordCount(t) > 8) {
                for (int k = prose; k < j; k++) removed.add(lines.get(k));
                return j;
            }
        }
        return prose;
    }

    /**
     * A dateline sure enough to drop the prose above it: with an agency ("BERLIN (Reuters) -", "/AP/") or a place
     * followed by a comma ("WASHINGTON, March 3 —") or of several words ("LOS ANGELES —"); never one capitals word
     * and a dash, a label as often as a place
     * ("UPDATE — This story has been updated", "EXCLUSIVE —").
     */
    static boolean wireDateline(String t) {
        Matcher m = DATELINE.matcher(t);
        if (!m.find()) return false;
        return m.group(2) != null || m.group(3) != null || PLACE.matcher(m.group(1)).lookingAt();
    }

    /** A place-like run: capitals followed by a comma ("WASHINGTON,"), or two capitals words or more ("LOS ANGELES —"). */
    private static final Pattern PLACE = Pattern.compile("\\p{Lu}[\\p{Lu} .'’-]{1,40},|\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+)+\\s*[-–—]");

    /** The first line that is a paragraph of prose, or {@code lines.size()} when there is none. */
    private static int firstProse(List<Text.Line> lines, LineKind[] kinds) {
        for (int i = 0; i < lines.size(); i++) if (kinds[i] == LineKind.CONTENT && isProse(lines.get(i).text())) return i;
        return lines.size();
    }

    /** A sentence of some length, or a line so long that only prose is (a page cut in mid-sentence). */
    static boolean isProse(String t) {
        int words = Text.wordCount(t);
        return ENDS_SENTENCE.matcher(t).matches() && (words >= 8 || words >= 5 && ATTRIBUTED.matcher(t).find()) || words >= 40;
    }

    /** '"We have done the numbers," Saleh said.': a quotation and its speaker make a paragraph of prose, however short. */
    private static final Pattern ATTRIBUTED = Pattern.compile("[,.!?][\"”]\\s+[^.\"“”]{0,40}\\b(?:said|says|told|added|asked)\\b");

    /** 3. The body from {@code bodyStart} until the first line that ends it; then everything is furniture. */
    private static void body(List<Text.Line> lines, LineKind[] kinds, int bodyStart, List<Text.Line> body, List<Text.Line> removed) {
        int n = lines.size();
        boolean ended = false;
        for (int i = bodyStart; i < n; i++) {
            Text.Line l = lines.get(i);
            if (ended) {
                removed.add(l);
                continue;
            }
            int resume = kinds[i] == LineKind.CONTENT ? -1 : RelatedBlock.resume(lines, kinds, i);
            if (resume > i) {
                // an inline related-stories block: its label and headlines go, the body goes on after it
                removed.addAll(lines.subList(i, resume));
                i = resume - 1;
                continue;
            }
            if (kinds[i].endsBody() || teaser(l.text())) {
                ended = true;
                removed.add(l);
                continue;
            }
            if (kinds[i] != LineKind.CONTENT || i > bodyStart && LineKind.CAPTION_END.matcher(l.text()).find()) {
                removed.add(l);
                // "Also Read" / "Read more" announce another story's headline on the next line: drop it too
                if (kinds[i] == LineKind.LABEL && i + 1 < n && kinds[i + 1] == LineKind.CONTENT && titleLike(lines.get(i + 1).text())
                        && LineKind.TEASER_LABEL.matcher(l.text()).matches()) {
                    removed.add(lines.get(++i));
                }
                continue;
            }
            body.add(l);
        }
        trailingLabels(body, removed);
    }

    /**
     * "Source", "Jiji Press", "Reuters.": a line of three words or fewer closing the body, with no sentence end (or
     * only capitalised words before a full stop), is a label or a credit of the page, not the story's last paragraph.
     */
    private static void trailingLabels(List<Text.Line> body, List<Text.Line> removed) {
        for (int dropped = 0; dropped < 2 && body.size() > 1; dropped++) {
            String t = body.get(body.size() - 1).text().strip();
            // "Dead: 12", "Missing: 4": a figure or a colon is data the story lists, not a label
            if (Text.wordCount(t) > 3 || t.isEmpty() || t.matches(".*[\\d:].*")) return;
            boolean credit = t.endsWith(".") && java.util.Arrays.stream(t.split("\\s+")).allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
            if (!credit && ".!?”\"’'):;…".indexOf(t.charAt(t.length() - 1)) >= 0) return;
            removed.add(body.remove(body.size() - 1));
        }
    }

    /** Teasers of other articles: cut-off text ("...") or a relative time stamp ("4 seconds ago"). */
    static boolean teaser(String t) {
        return t.endsWith("...") || t.endsWith("…") || t.matches(".*\\b\\d+\\s+(?:seconds?|minutes?|hours?|days?) ago$");
    }

    private static boolean sameAs(Text.Line l, Text.Line headline) {
        return headline != null && l != headline && Text.plain(l.text()).equalsIgnoreCase(Text.plain(headline.text()));
    }

    /** Headlines are short, unpunctuated at the end (or a question), and not a sentence of body copy. */
    static boolean titleLike(String t) {
        int w = Text.wordCount(t);
        return w >= 4 && w <= 30 && t.length() <= 220 && !t.endsWith(".") && !t.endsWith(",")
                && Character.isLetterOrDigit(t.codePointAt(0)) || (w >= 4 && w <= 30 && "‘“\"'«»„‹›".indexOf(t.charAt(0)) >= 0);
    }

    /**
     * After a dek, a single short sentence followed by a much longer paragraph is the picture's caption
     * ("John Kirby, ..., spoke to reporters about ..."), not the first paragraph.
     */
    private static boolean looksLikeCaptionBeforeBody(List<Text.Line> lines, LineKind[] kinds, int i) {
        String t = lines.get(i).text();
        if (t.length() > 220 || sentences(t) > 1) return false;
        // "Jean Dupont, Finance Minister, spoke ...": a picture's caption names who is shown, then what they do
        if (PICTURED.matcher(t).find()) return true;
        for (int j = i + 1; j < lines.size(); j++) {
            if (kinds[j] != LineKind.CONTENT) continue;
            return lines.get(j).text().length() >= 3 * t.length();
        }
        return false;
    }

    private static int sentences(String t) {
        return t.split("(?<=[.!?][\"”’]?)\\s+(?=[\\p{Lu}“\"])").length;
    }
}
