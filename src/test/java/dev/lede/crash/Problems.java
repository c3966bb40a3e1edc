package dev.lede.crash;

import static dev.lede.crash.Text.log;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the crash test found wrong, for its failure message. Each problem is recorded once: the same loss is seen again
 * after every later restart, and is reported with the first restart that showed it.
 */
final class Problems {
    private final Set<String> reported = new HashSet<>();
    private final List<String> messages = new ArrayList<>();
    private int lostAcknowledged;

    /** A problem of a kind (LOST, DAMAGED, HALF-PRESENT...) seen {@code when} (or ""), unless already reported. */
    void report(String kind, String when, String what) {
        if (reported.add(kind + ": " + what)) {
            String message = kind + (when.isEmpty() ? "" : " " + when) + ": " + what;
            messages.add(message);
            if (kind.equals("LOST") || kind.equals("DAMAGED")) {
                lostAcknowledged++;
            }
            log("PROBLEM %s", message);
        }
    }

    /** Context for the problems before it, such as the end of the server's log. */
    void addContext(String text) {
        messages.add(text);
    }

    /** A failure that explains the others (a writer that died stops writing), put first. */
    void addFirst(String text) {
        messages.add(0, text);
    }

    /** The number of messages so far, problems and context. */
    int count() {
        return messages.size();
    }

    List<String> messages() {
        return messages;
    }

    /** The LOST and DAMAGED problems: acknowledged writes that did not survive. */
    int lostAcknowledged() {
        return lostAcknowledged;
    }
}
