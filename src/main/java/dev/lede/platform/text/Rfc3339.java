package dev.lede.platform.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Date-times as RFC 3339 writes them ({@code 2022-12-09T12:00:00Z}, {@code 2022-12-09T09:00:00.5-03:00}): a
 * four-digit year and an offset. Java's ISO parsers also take years such as {@code +99999}, which H2 cannot store and
 * no client expects back, and Jackson takes bare numbers as epoch seconds; both are refused.
 */
public final class Rfc3339 {
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Rfc3339() {
    }

    /** The instant a date-time names; a DateTimeParseException when it is not RFC 3339. */
    public static Instant dateTime(String text) {
        if (!DATE_TIME.matcher(text).matches()) {
            throw new DateTimeParseException("not an RFC 3339 date-time", text, 0);
        }
        return OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT)).toInstant();
    }

    /** A date-time, or a bare date taken as its midnight UTC (for query filters). */
    public static Instant dateTimeOrDate(String text) {
        if (DATE.matcher(text).matches()) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return dateTime(text);
    }
}
