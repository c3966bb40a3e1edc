package dev.lede.crash;

import java.util.List;

/**
 * One SIGKILL: the run it ended, when ({@link System#nanoTime()}), how long and how many acknowledged writes into
 * the round, and the kinds of write in flight; the messages place each write against it.
 */
record Kill(int number, int run, long at, long afterMillis, int acknowledged, List<String> inFlight) {
}
