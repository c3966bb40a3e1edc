package dev.lede.article.lifecycle;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Status.OK;

import dev.lede.platform.changelog.ChangeEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** The lifecycle's requests and what the change log says of an article, shared by the lifecycle's tests. */
final class Lifecycle {
    private Lifecycle() {
    }

    /** POST kill, takedown, withdraw or publish (with a reason when given) at whatever version is current. */
    static ValidatableResponse transition(String id, String operation, String reason) {
        var request = admin().header("If-Match", "*");
        if (reason != null) {
            request.body(Map.of("reason", reason));
        }
        return request.post("/v1/articles/{idOrSlug}/" + operation, id).then();
    }

    static ValidatableResponse kill(String id, String reason) {
        return transition(id, "kill", reason).statusCode(OK);
    }

    /** The operations of the article's change events, in log order. */
    static List<String> ops(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ChangeEvent.forResource(id).stream().map(e -> e.op.name()).toList());
    }

    /** Retries an assertion for up to {@code millis} (what follows a write asynchronously: typeahead, the scheduler's tick). */
    static void eventually(long millis, Runnable assertion) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
