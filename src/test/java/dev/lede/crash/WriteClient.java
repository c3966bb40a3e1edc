package dev.lede.crash;

import static dev.lede.crash.Text.abbreviated;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.crash.Models.IngestModel;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends the test's writes to the running application and records each in the journal with what came back. A failed
 * request becomes the write's outcome, never an exception, so that the writers carry on across kills.
 */
final class WriteClient {
    private final CrashApp app;
    private final Journal journal;

    WriteClient(CrashApp app, Journal journal) {
        this.app = app;
        this.journal = journal;
    }

    /** Sends a write for writer {@code writer} (0 for the test itself) and records what was sent and what came back. */
    Write send(int writer, String what, HttpRequest.Builder request) throws InterruptedException {
        Write write = journal.beginWrite(writer, app.generation(), what);
        try {
            HttpResponse<String> response = app.exchange(request);
            write.answered = System.nanoTime();
            write.status = response.statusCode();
            if (response.statusCode() / 100 == 2) {
                write.outcome = Outcome.ACKED;
                journal.countAcknowledged();
                readAnswer(write, response.body());
            } else {
                write.detail = response.body();
                write.outcome = Outcome.REFUSED;
            }
        } catch (ConnectException e) {
            write.detail = e.toString();
            write.outcome = Outcome.NOT_SENT;
        } catch (IOException e) {
            write.detail = e.toString();
            write.outcome = Outcome.UNKNOWN;
        } finally {
            journal.endWrite();
        }
        return write;
    }

    /** An answer that is not JSON leaves the write acknowledged: the verification reports what does not match. */
    private static void readAnswer(Write write, String answer) {
        try {
            write.body = answer.isEmpty() ? Json.MAPPER.nullNode() : Json.MAPPER.readTree(answer);
        } catch (IOException unreadable) {
            write.body = Json.MAPPER.nullNode();
            write.detail = "unreadable answer " + abbreviated(answer);
        }
    }

    /**
     * Ingests a page made unique by a tag in its headline line, with a paragraph quoting a new person: the ingest
     * must create that person, the article and its quotes in one transaction.
     */
    IngestModel ingest(int writer, Template template, String tag, String speaker) throws InterruptedException {
        Write write = send(writer, "ingest " + template.name + " tagged " + tag + " quoting new person " + speaker,
                app.request("/v1/ingest?publish=true").header("Content-Type", "text/plain; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(template.page(tag, speaker))));
        IngestModel model = new IngestModel(template, tag, speaker, write);
        journal.ingests.add(model);
        return model;
    }

    static HttpRequest.BodyPublisher json(JsonNode body) throws IOException {
        return HttpRequest.BodyPublishers.ofString(Json.write(body));
    }
}
