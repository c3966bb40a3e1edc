package dev.lede.platform.search;

import dev.lede.platform.failure.Failure;

/** The rules every search's {@code q} follows before the query parser sees it. */
public final class SearchText {
    public static final int MAX_LENGTH = 500;

    private SearchText() {
    }

    /** {@code q} without surrounding blanks; a 400 naming q when it is blank or too long. */
    public static String checked(String q) {
        if (q.isBlank()) {
            throw Failure.invalid(LuceneQueries.PARAMETER, "must not be blank");
        }
        if (q.length() > MAX_LENGTH) {
            throw Failure.invalid(LuceneQueries.PARAMETER, "at most " + MAX_LENGTH + " characters, not " + q.length());
        }
        return q.strip();
    }

    /** The {@code highlight} parameter: absent or false for no snippets, true for snippets; a 400 otherwise. */
    public static boolean highlight(String raw) {
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw Failure.invalid("highlight", "true or false, not '" + raw + "'");
    }
}
