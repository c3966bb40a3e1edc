package dev.lede.platform.cache;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * HTTP-dates (RFC 9110 5.6.7): written as IMF-fixdate, read in all three formats a recipient must accept (IMF-fixdate
 * as RFC 1123 dates, which also take a one-digit day, as some clients send).
 */
final class HttpDates {
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC_850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

    /** Not a date: what {@link #parse} returns for a value that is none. */
    static final long INVALID = Long.MIN_VALUE;

    private HttpDates() {
    }

    static String format(long epochSecond) {
        return IMF_FIXDATE.format(Instant.ofEpochSecond(epochSecond));
    }

    /** The date's epoch second, or {@link #INVALID}. */
    static long parse(String value) {
        if (value == null || value.indexOf(',') != value.lastIndexOf(',')) {
            return INVALID; // absent, or a list (two dates): RFC 9110 13.1.3 says to ignore it
        }
        String date = value.trim();
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850, ASCTIME}) {
            try {
                return LocalDateTime.parse(date, format).toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return INVALID;
    }
}
