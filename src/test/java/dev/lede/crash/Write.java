package dev.lede.crash;

import static dev.lede.crash.Text.abbreviated;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One write the test sent: what it was, in which run of the application, and what came back. The writer thread
 * fills in the answer while the kill loop reads it, hence the volatile fields.
 */
final class Write {
    final int number;
    final int writer;
    final int run;
    final String what;
    final long sent = System.nanoTime();
    volatile long answered;
    volatile int status;
    volatile Outcome outcome = Outcome.PENDING;
    volatile JsonNode body;
    volatile String detail;
    /** The journal's kills, read when describing: the kill that ended this write's run may come after it. */
    private final List<Kill> kills;

    Write(int number, int writer, int run, String what, List<Kill> kills) {
        this.number = number;
        this.writer = writer;
        this.run = run;
        this.what = what;
        this.kills = kills;
    }

    /** What kind of write this is ("create person", "bulk", "ingest"...), for summaries. */
    String kind() {
        return what.startsWith("ingest") ? "ingest" : what.startsWith("bulk") ? "bulk" : what.substring(0, what.lastIndexOf(' '));
    }

    /** The write, its answer and its timing against the kill of its run, for a problem's message. */
    String describe() {
        return "write #" + number + " (writer " + writer + ", " + what + "): " + answer();
    }

    private String answer() {
        Kill kill = kills.stream().filter(k -> k.run() == run).findFirst().orElse(null);
        return switch (outcome) {
            case ACKED -> "it was acknowledged (" + status + ") in run " + run + (kill == null ? ""
                    : kill.at() >= answered ? ", " + (kill.at() - answered) / 1_000_000 + " ms before kill " + kill.number()
                    : " while kill " + kill.number() + " was under way") + ", " + (answered - sent) / 1_000_000
                    + " ms after it was sent";
            case REFUSED -> "it was refused with " + status + " in run " + run + ": " + abbreviated(detail);
            case NOT_SENT -> "its connection was refused in run " + run;
            case UNKNOWN -> "it got no answer in run " + run + (kill == null ? ""
                    : " (sent " + (kill.at() - sent) / 1_000_000 + " ms before kill " + kill.number() + ")") + ": " + detail;
            default -> "it is still pending";
        };
    }
}
