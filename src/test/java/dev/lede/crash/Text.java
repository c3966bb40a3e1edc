package dev.lede.crash;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Small text helpers for the crash test's messages and its progress log. */
final class Text {
    private Text() {
    }

    /** Cuts a long value (a whole answer, an article body) so that one problem stays readable. */
    static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() > 300 ? text.substring(0, 300) + "...(" + text.length() + " chars)" : text;
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String stackOf(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** One line of progress, prefixed so that it stands out among the build's output. */
    static void log(String format, Object... args) {
        System.out.printf("[crash] " + format + "%n", args);
    }
}
