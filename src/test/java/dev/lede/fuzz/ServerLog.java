package dev.lede.fuzz;

import dev.lede.process.LedeProcess;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds in the server's log the error behind a 5xx (by the response's X-Request-Id, or the error id Quarkus puts in
 * its own error body), so that 5xx are grouped by their cause: exception type and the first frame in Lede's code.
 */
final class ServerLog {
    private static final Pattern ERROR_ID = Pattern.compile("Error id ([\\w-]+)");
    private static final Pattern THROWABLE = Pattern.compile(
            "\\b([a-z][\\w$]*(?:\\.[\\w$]+)*\\.[A-Z][\\w$]*(?:Exception|Error))\\b(?!\\.)(?::\\s*(.*))?");
    private final LedeProcess server;

    ServerLog(LedeProcess server) {
        this.server = server;
    }

    /** "ExceptionType at dev.lede.Class.method: message", or a note that the log has nothing for it. */
    String explain(RawHttp.Response response) {
        String requestId = response.header("X-Request-Id").orElse(null);
        Matcher errorId = ERROR_ID.matcher(response.text());
        String quarkusId = errorId.find() ? errorId.group(1) : null;
        for (int attempt = 0; attempt < 5; attempt++) {
            String[] lines = server.logTail(6000).split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                String line = lines[i];
                boolean ours = requestId != null && line.contains("[" + requestId + "]")
                        && (line.contains(" ERROR ") || line.contains(" WARN "));
                boolean quarkus = quarkusId != null && line.contains(quarkusId);
                if (ours || quarkus) {
                    return describe(lines, i);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "nothing in the server log for X-Request-Id " + requestId;
    }

    /**
     * The exception of the log entry at {@code at}: its type, where it was thrown (the top frame) and, when near the
     * top, the first frame in Lede's code.
     */
    private static String describe(String[] lines, int at) {
        String type = null;
        String message = "";
        for (int i = at; i < Math.min(lines.length, at + 3) && type == null; i++) {
            Matcher throwable = THROWABLE.matcher(lines[i]);
            if (throwable.find()) {
                type = throwable.group(1);
                message = throwable.group(2) == null ? "" : throwable.group(2);
            }
        }
        String top = null;
        String ours = null;
        int frames = 0;
        for (int i = at + 1; i < Math.min(lines.length, at + 300) && frames < 12; i++) {
            String line = lines[i].trim();
            if (!line.startsWith("at ")) {
                if (frames > 0 && !line.startsWith("...") && !line.startsWith("Caused by")) {
                    break;
                }
                continue;
            }
            frames++;
            String frame = line.substring(3).replaceFirst("\\(.*", "").replaceFirst("^[\\w.]+/", "");
            if (top == null) {
                top = frame.replaceFirst("^([a-z]\\w*\\.)+", "");
            }
            if (ours == null && frame.startsWith("dev.lede.")) {
                ours = frame;
            }
        }
        String simple = type == null ? "an error" : type.substring(type.lastIndexOf('.') + 1);
        return simple + (top == null ? "" : " at " + top) + (ours == null || ours.endsWith(top) ? "" : " in " + ours)
                + (message.isEmpty() ? "" : ": " + Findings.shorten(message, 160));
    }
}
