package dev.lede.platform.web;

import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * Bodies are read strictly: a key given twice, a NUL or a lone surrogate is a 400 naming the field (never stored,
 * never silently resolved), and text is stored in Unicode normalisation form C.
 */
@QuarkusTest
class StrictJsonTest {
    /** POST /v1/people with this body is refused with a 400 naming {@code field}. */
    private static ValidatableResponse refusedPerson(String body, String field) {
        return ProblemAssertions.badField(admin().body(body).post("/v1/people").then(), "/v1/people", field);
    }

    @Test
    void shouldRefuseAKeyGivenTwiceNamingIt() {
        refusedPerson("{\"name\": \"A\", \"name\": \"B\"}", "name").body("errors[0].message", containsString("more than once"));
    }

    @Test
    void shouldNameADuplicateKeyInsideAnArrayByItsPath() {
        String body = "{\"headline\": \"Twice\", \"language\": \"en\", \"people\": [{\"person\": \"a\", \"person\": \"b\"}]}";
        ProblemAssertions.badField(admin().body(body).post("/v1/articles").then(), "/v1/articles", "people[0].person");
    }

    @Test
    void shouldRefuseANulInAName() {
        refusedPerson("{\"name\": \"Nul\\u0000Name\"}", "name").body("errors[0].message", containsString("NUL"));
    }

    @Test
    void shouldRefuseALoneSurrogateWhereverTheTextIs() {
        refusedPerson("{\"name\": \"Half \\ud800\"}", "name").body("errors[0].message", containsString("surrogate"));
        refusedPerson("{\"name\": \"Ok\", \"aliases\": [\"fine\", \"\\udc00 low\"]}", "aliases[1]");
    }

    @Test
    void shouldKeepAPairedSurrogateThatIsARealCharacter() {
        String name = "Emoji \uD83D\uDE00 " + unique();
        admin().body("{\"name\": \"" + name + "\"}").post("/v1/people").then().statusCode(CREATED).body("name", equalTo(name));
    }

    @Test
    void shouldStoreNamesInNfcSoThatLookalikesAreOneName() {
        String tag = unique();
        String decomposed = "Jose\u0301 Nfd" + tag; // e + combining acute
        String composed = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
        admin().body("{\"name\": \"" + decomposed + "\"}").post("/v1/people").then().statusCode(CREATED)
                .body("name", equalTo(composed));
        anonymous().queryParam("q", composed).get("/v1/people").then().statusCode(OK).body("data", hasSize(1));
        anonymous().queryParam("q", decomposed).get("/v1/people").then().statusCode(OK).body("data", hasSize(1))
                .body("data[0].name", equalTo(composed));
    }

    @Test
    void shouldRefuseANulInAQueryOrPathParameter() {
        ProblemAssertions.badField(anonymous().urlEncodingEnabled(false).get("/v1/people?q=a%00b").then(), "/v1/people", "q");
        anonymous().urlEncodingEnabled(false).get("/v1/people/a%00b").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("idOrSlug"));
    }

    @Test
    void shouldRefuseWhatFollowsTheJsonValue() {
        refusedPerson("{\"name\": \"Trailing\"} x", "body");
    }

    @Test
    void shouldRefuseABodyThatIsNotUtf8() {
        byte[] overlong = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'A', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        ProblemAssertions.badField(admin().body(overlong).post("/v1/people").then(), "/v1/people", "body")
                .body("errors[0].message", containsString("UTF-8"));
    }

    @Test
    void shouldRefuseAHugeListBeforeValidatingEachItem() {
        StringBuilder body = new StringBuilder("{\"name\": \"Many\", \"sameAs\": [");
        for (int i = 0; i < 25_000; i++) {
            body.append(i == 0 ? "" : ",").append("\"x\"");
        }
        body.append("]}");
        refusedPerson(body.toString(), "body")
                .body("errors[0].message", containsString("JSON values"));
    }

    @Test
    void shouldTakeDateTimesAsRfc3339Only() {
        for (String date : java.util.List.of("\"+99999-01-01T00:00:00Z\"", "1670587200", "\"2022-12-09\"", "\"2022-02-30T00:00:00Z\"")) {
            ProblemAssertions.badField(admin().body("{\"headline\": \"Dated\", \"language\": \"en\", \"publishedAt\": " + date + "}")
                    .post("/v1/articles").then(), "/v1/articles", "publishedAt");
        }
        admin().body("{\"headline\": \"Dated\", \"language\": \"en\", \"publishedAt\": \"2022-12-09T09:00:00.5-03:00\"}")
                .post("/v1/articles").then().statusCode(CREATED).body("publishedAt", equalTo("2022-12-09T12:00:00.500Z"));
    }

    @Test
    void shouldRefuseADuplicateKeyWhoseFirstValueIsNull() {
        String id = dev.lede.support.Fixtures.published("Twice withdrawn " + unique(), java.util.Map.of()).path("id");
        ProblemAssertions.badField(admin().header("If-Match", "*").body("{\"reason\": null, \"reason\": \"Legal\"}")
                .post("/v1/articles/{idOrSlug}/withdraw", id).then(), "/v1/articles/" + id + "/withdraw", "reason");
    }

    @Test
    void shouldRefuseABulkLineThatIsNotUtf8AndKeepTheOthers() {
        byte[] good = ("{\"type\": \"person\", \"data\": {\"name\": \"Good " + unique() + "\"}}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'y', 'p', 'e', '"', ':', (byte) 0xFF, '}', '\n'};
        byte[] body = new byte[good.length * 2 + bad.length];
        System.arraycopy(good, 0, body, 0, good.length);
        System.arraycopy(bad, 0, body, good.length, bad.length);
        byte[] second = ("{\"type\": \"person\", \"data\": {\"name\": \"Also " + unique() + "\"}}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body = java.util.Arrays.copyOf(body, good.length + bad.length + second.length);
        System.arraycopy(second, 0, body, good.length + bad.length, second.length);
        admin().contentType("application/x-ndjson").body(body).post("/v1/bulk").then().statusCode(OK)
                .body("accepted", equalTo(2)).body("rejected", equalTo(1))
                .body("errors[0].line", equalTo(2)).body("errors[0].errors[0].field", equalTo("line"));
    }

    @Test
    void shouldReportADuplicateKeyInABulkLineWithItsField() {
        admin().contentType("application/x-ndjson")
                .body("{\"type\": \"person\", \"data\": {\"name\": \"One\", \"name\": \"Two\"}}\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/v1/bulk").then().statusCode(OK)
                .body("accepted", equalTo(0)).body("errors[0].errors[0].field", equalTo("name"));
    }
}
