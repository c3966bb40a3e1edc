package dev.lede.ingest.extract;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date and tells it apart from a scrape-time date widget. Order of trust: caller's hint,
 * page metadata, a "Published/Updated" stamp, a relative day in the text ("this Friday, the 9th") resolved
 * against the latest date the page shows (a widget shows when the page was scraped, so publication is at or
 * before it), and last a bare date line.
 */
public final class DateFinder {

    static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    static final Pattern MDY = Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?,?\\s+(\\d{4})\\b");
    /** "this Friday, the 9th", "on Friday (9)", "Friday, Dec. 9": a weekday pinned by its day of the month. */
    static final Pattern WEEKDAY_DAY = Pattern.compile("\\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+(?:the\\s+)?\\(?(\\d{1,2})(?:st|nd|rd|th)?\\b\\)?");

    public record Found(Extraction.Located<Instant> date, String how) {
    }

    /** A date written somewhere in {@code s}, or null. */
    static LocalDate parse(String s) {
        Matcher m = ISO.matcher(s);
        if (m.find()) return safe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        m = MDY.matcher(s);
        if (m.find()) return safe(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        m = DMY.matcher(s);
        if (m.find()) return safe(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        return null;
    }

    private static int month(String abbrev) {
        for (Month mo : Month.values()) {
            if (mo.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(abbrev)) return mo.getValue();
        }
        return 1;
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public Found find(RawPage page, Instant metaDate, List<Text.Line> lines, String dateline, String body, List<String> warnings) {
        if (page.publishedAtHint() != null) {
            return new Found(new Extraction.Located<>(page.publishedAtHint(), null, 1.0), "hint");
        }
        if (metaDate != null) return new Found(new Extraction.Located<>(metaDate, null, 0.95), "metadata");
        LocalDate fromDateline = dateline == null ? null : parse(dateline);
        if (fromDateline != null) {
            return new Found(new Extraction.Located<>(start(fromDateline), new Extraction.Span(0, dateline.length()), 0.85), "dateline");
        }
        LocalDate widget = null;
        Text.Line widgetLine = null;
        for (int i = 0; i < lines.size(); i++) {
            Text.Line l = lines.get(i);
            LineKind k = LineKind.of(l.text());
            if (k == LineKind.DATE_STAMP) {
                LocalDate d = parse(l.text());
                if (d != null) {
                    boolean updated = l.text().toLowerCase(Locale.ROOT).contains("updated");
                    return found(d, l, updated ? 0.8 : 0.9, "stamp");
                }
            }
            if (k == LineKind.DATE_WIDGET && widget == null) {
                widget = parse(l.text());
                widgetLine = l;
            }
        }
        boolean widgetNextToWeather = widgetLine != null && nearWeather(lines, widgetLine.index());
        // a weekday pinned to a day of the month, resolved at or before the page's own latest date
        Matcher m = WEEKDAY_DAY.matcher(body);
        if (m.find()) {
            LocalDate ref = widget != null ? widget : LocalDate.now(ZoneOffset.UTC);
            DayOfWeek dow = DayOfWeek.valueOf((m.group(1) + "day").toUpperCase(Locale.ROOT));
            int day = Integer.parseInt(m.group(2));
            Optional<LocalDate> d = ref.datesUntil(ref.minusDays(800), java.time.Period.ofDays(-1))
                    .filter(x -> x.getDayOfMonth() == day && x.getDayOfWeek() == dow).findFirst();
            if (d.isPresent()) {
                if (widgetNextToWeather) warnings.add("date line \"" + widgetLine.text() + "\" sits in a weather widget: taken as the scrape date, not the publication date");
                warnings.add("publication date inferred from \"" + m.group() + "\" relative to " + ref);
                return new Found(new Extraction.Located<>(start(d.get()), new Extraction.Span(m.start(), m.end()),
                        widget != null ? 0.7 : 0.45), "relative");
            }
        }
        if (widget != null) {
            double c = widgetNextToWeather ? 0.2 : 0.5;
            warnings.add("publication date taken from a bare date line \"" + widgetLine.text() + "\"" + (widgetNextToWeather ? " that looks like a scrape-time widget" : ""));
            return found(widget, widgetLine, c, "date line");
        }
        warnings.add("no publication date found");
        return new Found(null, "none");
    }

    private static boolean nearWeather(List<Text.Line> lines, int idx) {
        for (int j = Math.max(0, idx - 3); j <= Math.min(lines.size() - 1, idx + 3); j++) {
            if (LineKind.of(lines.get(j).text()) == LineKind.WEATHER) return true;
        }
        return false;
    }

    /** A date from a stamp or widget line: that line is not body text, so no span (spans are body offsets). */
    private static Found found(LocalDate d, Text.Line l, double c, String how) {
        return new Found(new Extraction.Located<>(start(d), null, c), how);
    }

    static Instant start(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
