package dev.lede.quote;

import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.equalTo;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One write path for quotes: whether the API ({@code POST /v1/quotes}), a bulk load ({@code POST /v1/bulk}) or the
 * batch path of ingestion and the seed ({@link QuoteWriteService#createAll}) creates a quote, it is checked with the
 * same messages, given the next slug of the same sequence and logged with one "created" event.
 */
@QuarkusTest
class QuoteWritePathTest {
    private static final String NDJSON = "application/x-ndjson";

    @Inject
    QuoteWriteService quotes;

    @Test
    void shouldGiveTheSameQuoteTheNextSlugAndOneEventWhicheverWriterCreatesIt() {
        String u = unique();
        String speaker = person("Path Speaker " + u);
        String article = published("One path " + u, Map.of("body", List.of("Every writer takes one path " + u + ", she said.")))
                .path("slug");
        String text = "Every writer takes one path " + u;
        QuoteInput input = new QuoteInput(null, text, article, new QuoteInput.SpeakerInput("person", speaker), null, null, null);
        long before = lastSeq();

        String viaApi = admin().body(Map.of("text", text, "article", article, "speaker", Map.of("type", "person", "id", speaker)))
                .post("/v1/quotes").then().statusCode(CREATED).extract().path("slug");
        bulk().body(line(text, article, speaker)).post("/v1/bulk").then().statusCode(OK).body("accepted", equalTo(1));
        QuarkusTransaction.requiringNew().run(() -> quotes.createAll(List.of(input, input)));

        String base = "every-writer-takes-one-path-" + u;
        assertThat(viaApi).isEqualTo(base);
        anonymous().queryParam("sort", "createdAt").get("/v1/articles/{idOrSlug}/quotes", article).then().statusCode(OK)
                .body("data.slug", equalTo(List.of(base, base + "-2", base + "-3", base + "-4")))
                .body("data.text", equalTo(List.of(text, text, text, text)))
                .body("data.speaker.slug", equalTo(List.of(speaker, speaker, speaker, speaker)))
                .body("data.offset", equalTo(List.of(0, 0, 0, 0)))
                .body("data.fragment", equalTo(List.of(false, false, false, false)));
        assertThat(eventsAfter(before)).extracting(e -> e.type + ":" + e.op + ":" + e.version)
                .containsExactly("quote:created:0", "quote:created:0", "quote:created:0", "quote:created:0");
    }

    @Test
    void shouldRefuseUnknownReferencesWithTheSameFieldsAndMessagesWhicheverWriter() {
        String u = unique();
        String article = "no-article-" + u;
        String speaker = "nobody-" + u;
        List<FieldError> expected = List.of(new FieldError("article", "no article '" + article + "'"),
                new FieldError("speaker.id", "no person '" + speaker + "'"));

        admin().body(Map.of("text", "Unheard " + u, "article", article, "speaker", Map.of("type", "person", "id", speaker)))
                .post("/v1/quotes").then().statusCode(BAD_REQUEST)
                .body("errors.field", equalTo(expected.stream().map(FieldError::field).toList()))
                .body("errors.message", equalTo(expected.stream().map(FieldError::message).toList()));
        bulk().body(line("Unheard " + u, article, speaker)).post("/v1/bulk").then().statusCode(OK)
                .body("accepted", equalTo(0)).body("rejected", equalTo(1))
                .body("errors[0].errors.field", equalTo(expected.stream().map(FieldError::field).toList()))
                .body("errors[0].errors.message", equalTo(expected.stream().map(FieldError::message).toList()));
        QuoteInput input = new QuoteInput(null, "Unheard " + u, article, new QuoteInput.SpeakerInput("person", speaker), null, null, null);
        Throwable refused = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> quotes.createAll(List.of(input))));
        while (refused != null && !(refused instanceof Failure)) {
            refused = refused.getCause();
        }
        assertThat(refused).isInstanceOf(Failure.class);
        assertThat(((Failure) refused).errors()).isEqualTo(expected);
    }

    private static io.restassured.specification.RequestSpecification bulk() {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs(NDJSON, ContentType.TEXT).defaultCharsetForContentType("UTF-8", NDJSON)))
                .contentType(NDJSON).header("Authorization", "Bearer " + TEST_KEY);
    }

    private static String line(String text, String article, String speaker) {
        return "{\"type\": \"quote\", \"data\": {\"text\": \"" + text + "\", \"article\": \"" + article
                + "\", \"speaker\": {\"type\": \"person\", \"id\": \"" + speaker + "\"}}}\n";
    }

    /** The change log's own reads: the last numbered event, and the events after one. */
    private static long lastSeq() {
        return QuarkusTransaction.requiringNew().call(ChangeEvent::lastSeq);
    }

    private static List<ChangeEvent> eventsAfter(long seq) {
        return QuarkusTransaction.requiringNew().call(() -> ChangeEvent.after(seq, 100));
    }
}
