package dev.lede.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies one line of scraped text by its shape alone (no position): site chrome, credit lines, date stamps,
 * photo credits. The layout step ({@link PageLayout}) then uses position to tell headline, dek, caption and body.
 */
public enum LineKind {
    WEATHER, DATE_WIDGET, DATE_STAMP, AD, LABEL, CREDIT, SOURCE, BYLINE, PHOTO_CREDIT, TERMINAL, CONTENT;

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    static final Pattern WEATHER_P = Pattern.compile("^[-+−]?\\d{1,2}(?:[.,]\\d)?\\s*°?\\s*[CF]$");
    /** A line that is only a date ("Saturday, February 4, 2023", "4 February 2023"). */
    static final Pattern BARE_DATE = Pattern.compile("^(?:" + WEEKDAY + ",?\\s+)?(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4})$", Pattern.CASE_INSENSITIVE);
    /** Publication stamps: "Published ...", "Updated ...", "Page last updated at ...", "date 2017-06-20 ...", "March 20, 2015 / 11:47 AM". */
    static final Pattern STAMP = Pattern.compile("^(?:by\\s+)?(?:published|updated|posted|last updated|page last updated|first published|date\\s+\\d{4}-\\d{2}-\\d{2})\\b"
            + "|^(?:" + WEEKDAY + ",?\\s+)?(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + "\\s+\\d{4})\\s*(?:[/|,-]|at)\\s*\\d{1,2}[:.]\\d{2}", Pattern.CASE_INSENSITIVE);
    static final Pattern AD_P = Pattern.compile("^[-–—*\\s]*(?:advertisement|advertising|sponsored(?: content)?|print sponsor|ad)[-–—*\\s]*$", Pattern.CASE_INSENSITIVE);
    /** Site chrome: teaser labels, share and subscribe prompts, reading-time badges. */
    static final Pattern LABEL_P = Pattern.compile("^(?:don'?t miss|don’t miss|must read|also read|read (?:more|also|next)|related(?: (?:articles?|stories|news|posts))?|more (?:from|on|stories)\\b.*|recommended(?: for you)?|trending(?: now)?|most (?:read|popular)|latest(?: (?:posts|news|stories))?|top stories|watch(?: live)?:?|share(?: this(?: article| story)?)?(?: on \\w+)?|tweet|email|print|comments?|pin-?it|like us on facebook|follow us(?: on .*)?|subscribe(?: .*)?|sign up(?: .*)?|newsletter|\\d+\\s+min(?:ute)?s?\\s+read|listen to (?:this )?article|skip to (?:main )?content|home|menu|advertise with us|sources?|fonte|fuente|quelle)[.:!]?$", Pattern.CASE_INSENSITIVE);
    static final Pattern CREDIT_P = Pattern.compile("^[*(\\s]*with (?:information|inputs|reporting|additional reporting) (?:from|by)\\s+(.+?)[.)\\s]*$", Pattern.CASE_INSENSITIVE);
    static final Pattern SOURCE_P = Pattern.compile("^(?:(?i:source|fonte|fuente|via)\\s*:|SOURCE)\\s*(.+?)\\.?$");
    static final Pattern BYLINE_P = Pattern.compile("^(?:by\\s+\\p{Lu}.*|.{3,80} contributed (?:to )?(?:this|the) (?:report|story|article)\\.?|(?:reporting|writing|editing|additional reporting) by\\s+.+|\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+)? staff)$", Pattern.CASE_INSENSITIVE);
    /** "Alex Brandon/AP", "Photo: Getty Images", "(AP Photo/...)" standing alone. */
    static final Pattern PHOTO_CREDIT_P = Pattern.compile("^(?:(?:photo|image|picture|credit)s?\\s*:.*|(?i:photo(?:graph)?s? by) \\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,3}|\\(?\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,3}\\s*/\\s*(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Bloomberg|Shutterstock|PA|ANSA|dpa|Xinhua)\\)?)$");
    static final Pattern TERMINAL_P = Pattern.compile("^(?:about the author|about us|latest posts|related (?:articles|stories|news|posts)|more from .*|recommended(?: for you)?|you may also like|read more|tags?:.*|topics?:.*|©.*|copyright .*|all rights reserved.*|print sponsor|###|-\\s*ends\\s*-|media contacts?:?.*|press contacts?:?.*|for (?:more information|further information|media inquiries).*)$", Pattern.CASE_INSENSITIVE);

    /** "Comments (3)", "Photos (12)": a widget's label with its count. */
    static final Pattern COUNTED = Pattern.compile("^\\p{L}+(?: \\p{L}+)? \\(\\d{1,6}\\)$");

    /** "About Northwind Robotics": the issuer's boilerplate paragraph of a press release follows. */
    static final Pattern ABOUT_ORG = Pattern.compile("^About(?: the)? \\p{Lu}[\\p{L}&.'-]*(?: \\p{Lu}[\\p{L}&.'-]*){0,4}:?$");

    public static LineKind of(String line) {
        String t = line.strip();
        if (WEATHER_P.matcher(t).matches()) return WEATHER;
        if (BARE_DATE.matcher(t).matches()) return DATE_WIDGET;
        if (CREDIT_P.matcher(t).matches()) return CREDIT;
        if (SOURCE_P.matcher(t).matches()) return SOURCE;
        if (STAMP.matcher(t).find()) return DATE_STAMP;
        if (AD_P.matcher(t).matches()) return AD;
        // "[Copyright ...]", "(All rights reserved)": a footer in brackets is still a footer
        String unbracketed = t.length() >= 2 && (t.startsWith("[") && t.endsWith("]") || t.startsWith("(") && t.endsWith(")"))
                ? t.substring(1, t.length() - 1).strip() : t; // no regular expression: a line of spaces must not backtrack
        if (TERMINAL_P.matcher(unbracketed).matches() || ABOUT_ORG.matcher(t).matches()) return TERMINAL;
        if (LABEL_P.matcher(t).matches() || INLINE_TEASER.matcher(t).matches() || isPromo(t)) return LABEL;
        if (PHOTO_CREDIT_P.matcher(t).matches()) return PHOTO_CREDIT;
        if (BYLINE_P.matcher(t).matches() && Text.wordCount(t) <= 14) return BYLINE;
        if (isShoutedLabel(t) || isLinkRow(t) || noLetters(t) || COUNTED.matcher(t).matches()) return LABEL;
        return CONTENT;
    }

    /** "ABOUT THE AUTHOR", "ADVERTISEMENT", "PIN-IT": short all-capitals lines are chrome, not prose. */
    /** "Business | Tech | Markets", "About us · Contact · Privacy": a row of links. */
    static boolean isLinkRow(String t) {
        String[] parts = t.split("\\s+[|·•]\\s+");
        if (parts.length < 3) return false;
        for (String p : parts) if (Text.wordCount(p) > 3) return false;
        return true;
    }

    /** "___", "* * *", "2024. 06. 10. 11:13": a line without a single letter is a rule or a stamp, never prose. */
    static boolean noLetters(String t) {
        return t.codePoints().noneMatch(Character::isLetter);
    }

    static boolean isShoutedLabel(String t) {
        if (Text.wordCount(t) > 4) return false;
        String letters = t.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 3 && letters.equals(letters.toUpperCase()) && !t.matches(".*[.!?]$");
    }

    /** "PAY ATTENTION: Follow us on Google News": a call to follow or subscribe, short and quoting no one. */
    static final Pattern PROMO = Pattern.compile("\\b(?:follow us|subscribe to (?:our|the)|sign up (?:for|to) (?:our|the)|join our|download (?:our|the) app|stay informed with)\\b", Pattern.CASE_INSENSITIVE);

    static boolean isPromo(String t) {
        return Text.wordCount(t) <= 25 && PROMO.matcher(t).find() && t.indexOf('“') < 0 && t.indexOf('"') < 0;
    }

    /** "Read more: Steel town hopes for green revival": a promo for another story inside the body. */
    static final Pattern INLINE_TEASER = Pattern.compile("^(?:read more|also read|read also|see also|related|watch|listen|more)\\s*:\\s*.{3,120}[^.]$", Pattern.CASE_INSENSITIVE);

    /** Labels that introduce a link to another story. */
    static final Pattern TEASER_LABEL = Pattern.compile("^(?:also read|read (?:more|also|next)|don'?t miss|don’t miss|must read|recommended|trending|watch|see also|related)\\b.*", Pattern.CASE_INSENSITIVE);

    /** A scrape-date stamp ("date 2019-03-14") and the rest of its line. */
    private static final Pattern GLUED_STAMP = Pattern.compile("(?m)^[ \\t]*date \\d{4}-\\d{2}-\\d{2}( )(\\S[^\\n]*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')»]*$");

    /**
     * A scrape-date stamp glued to the first paragraph of prose ("date 2019-03-14 NEW DELHI: The court ... ."): the
     * stamp becomes a line of its own, so it is removed as a stamp while the paragraph stays body (the whole line
     * used to be a stamp, and the body lost its first paragraph). The space becomes a line break: offsets hold.
     * Only when the rest is a sentence of eight words or more; a stamp glued to a widget label stays one line.
     */
    static String unglueStamp(String text) {
        Matcher m = GLUED_STAMP.matcher(text);
        char[] c = null;
        while (m.find()) {
            String rest = m.group(2).strip();
            if (Text.wordCount(rest) < 8 || !SENTENCE_END.matcher(rest).find()) continue;
            if (c == null) c = text.toCharArray();
            c[m.start(1)] = '\n';
        }
        return c == null ? text : new String(c);
    }

    /** Kinds that are removed wherever they appear. */
    public boolean chrome() {
        return this != CONTENT;
    }

    /** Kinds that mark the end of the article body: everything after them is page furniture. */
    public boolean endsBody() {
        return List.of(CREDIT, SOURCE, TERMINAL, BYLINE).contains(this);
    }

    /** A photo caption carries a photographer credit: "(AP Photo/Alex Brandon)", "Photo: ...", "Reuters/..." (linear, as CAPTION_END). */
    static final Pattern CAPTION_MARK = Pattern.compile("\\((?:[^()]{0,200}\\bPhoto\\b[^()]{0,200}|[^()]{0,200}/(?:AP|AFP|Reuters|Getty Images|EPA))\\)\\s*$|\\b(?:pictured|file photo)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A paragraph that ends with a photographer's credit is a caption wherever it stands, between body paragraphs
     * too: "(AP Photo/Name)", "(Photo: Name)", or "First Last/AGENCY" with an optional expansion
     * "(West Asia News Agency)". Prose never ends with a capitalised name, a slash and a capitalised word.
     * Linear on any line: no "(" inside a bracket, bounded brackets and bounded possessive words, so a line of 200,000 "("
     * or "A." cannot backtrack quadratically (one request must not pin a worker).
     */
    static final Pattern CAPTION_END = Pattern.compile("(?:\\([^()]{0,200}\\b(?i:photo)\\b[^()]{0,200}\\)"
            + "|(?:^|[.\\s])\\p{Lu}[\\p{L}.'’-]{1,40}+(?: \\p{Lu}[\\p{L}.'’-]{1,40}+){1,3}\\s?/\\s?\\p{Lu}\\p{L}{1,40}+(?: \\p{Lu}\\p{L}{1,40}+){0,2}(?: \\([^()]{3,60}\\))?)\\s*$");
}
