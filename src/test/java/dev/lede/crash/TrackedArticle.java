package dev.lede.crash;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One article of the search crash test and the writes sent for it, in order, with their outcomes. Only one client
 * writes an article, and only while every earlier write to it was acknowledged: so all its writes are acknowledged
 * but perhaps the last, which may have been cut off by a kill (unknown) or refused. Each version of its text carries
 * a token, a made-up word of its own in the headline and the body, that a search finds it by.
 */
final class TrackedArticle {
    /** A word in the body of every article of the test: a search for it pages through the whole corpus. */
    static final String CORPUS_WORD = "sccorpus";
    /** The tag of every article of the test: the database's side of the corpus. */
    static final String TAG = "searchcrash";

    enum Kind { CREATE, BULK, PUBLISH, PATCH, DELETE }

    /** A write: {@code token} is the text's new token (create, bulk, patch), null for the others. */
    record Step(Kind kind, String token, Outcome outcome) {
    }

    /** What the database may hold of the article: absent, or a draft or published text with {@code token}. */
    record State(boolean exists, boolean published, String token) {
        static final State ABSENT = new State(false, false, null);

        State after(Step step) {
            return switch (step.kind()) {
                case CREATE -> new State(true, false, step.token());
                case BULK -> new State(true, true, step.token());
                case PUBLISH -> new State(exists, true, token);
                case PATCH -> new State(exists, published, step.token());
                case DELETE -> ABSENT;
            };
        }

        @Override
        public String toString() {
            return exists ? (published ? "published" : "draft") + " with token " + token : "absent";
        }
    }

    final String slug;
    final List<Step> steps = new ArrayList<>();

    TrackedArticle(String slug) {
        this.slug = slug;
    }

    /** A fresh token: "zt" and ten random letters and digits, one word for every analyzer. */
    static String token(Random random) {
        StringBuilder out = new StringBuilder("zt");
        for (int i = 0; i < 10; i++) {
            out.append(Character.forDigit(random.nextInt(36), 36));
        }
        return out.toString();
    }

    static String headline(String token) {
        return "Search crash report " + token;
    }

    static List<String> body(String token, Random random) {
        return List.of("The " + RandomText.words(random, 3) + " story " + token + " of the " + CORPUS_WORD + ".",
                RandomText.words(random, 8) + ".");
    }

    /** The token of a stored headline (its last word). */
    static String tokenOf(String headline) {
        return headline.substring(headline.lastIndexOf(' ') + 1);
    }

    /** What the database may hold: every acknowledged write applied, and the last write too if it got no answer. */
    List<State> allowedStates() {
        State state = State.ABSENT;
        for (Step step : steps) {
            if (step.outcome() == Outcome.ACKED) {
                state = state.after(step);
            } else if (step.outcome() == Outcome.UNKNOWN) {
                return List.of(state, state.after(step));
            }
        }
        return List.of(state);
    }

    /** Whether an answer promised this state: the last write was acknowledged (or refused, so not applied). */
    boolean acknowledged() {
        return !steps.isEmpty() && steps.get(steps.size() - 1).outcome() != Outcome.UNKNOWN
                && steps.stream().anyMatch(step -> step.outcome() == Outcome.ACKED);
    }

    Outcome lastOutcome() {
        return steps.get(steps.size() - 1).outcome();
    }

    /** Every token the article's text ever had or may have had. */
    Set<String> tokens() {
        Set<String> out = new LinkedHashSet<>();
        steps.stream().filter(step -> step.token() != null).forEach(step -> out.add(step.token()));
        return out;
    }

    String history() {
        StringBuilder out = new StringBuilder();
        steps.forEach(step -> out.append(out.length() == 0 ? "" : ", ").append(step.kind().name().toLowerCase())
                .append(step.token() == null ? "" : " " + step.token()).append(' ').append(step.outcome()));
        return slug + " [" + out + "]";
    }
}
