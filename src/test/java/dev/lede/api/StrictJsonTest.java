package dev.lede.api;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * Bodies are read strictly: a key given twice, a NUL or a lone surrogate is a 400 naming the field (never stored,
 * never silently resolved), and text is stored in Unicode normalisation form C.
 */
@QuarkusTest
class StrictJsonTest {
    @Test
    void shouldRefuseAKeyGivenTwiceNamingIt() {
        ProblemAssertions.badField(admin().body("{\"name\": \"A\", \"name\": \"B\"}").post("/v1/people").then(),
                "/v1/people", "name").body("errors[0].message", containsString("more than once"));
    }

    @Test
    void shouldNameADuplicateKeyInsideAnArrayByItsPath() {
        String body = "{\"headline\": \"Twice\", \"language\": \"en\", \"people\": [{\"person\": \"a\", \"person\": \"b\"}]}";
        ProblemAssertions.badField(admin().body(body).post("/v1/articles").then(), "/v1/articles", "people[0].person");
    }

    @Test
    void shouldRefuseANulInAName() {
        ProblemAssertions.badField(admin().body("{\"name\": \"Nul\\u0000Name\"}").post("/v1/people").then(),
                "/v1/people", "name").body("errors[0].message", containsString("NUL"));
    }

    @Test
    void shouldRefuseALoneSurrogateWhereverTheTextIs() {
        ProblemAssertions.badField(admin().body("{\"name\": \"Half \\ud800\"}").post("/v1/people").then(),
                "/v1/people", "name").body("errors[0].message", containsString("surrogate"));
        ProblemAssertions.badField(admin().body("{\"name\": \"Ok\", \"aliases\": [\"fine\", \"\\udc00 low\"]}")
                .post("/v1/people").then(), "/v1/people", "aliases[1]");
    }

    @Test
    void shouldKeepAPairedSurrogateThatIsARealCharacter() {
        String name = "Emoji \uD83D\uDE00 " + unique();
        admin().body("{\"name\": \"" + name + "\"}").post("/v1/people").then().statusCode(201).body("name", equalTo(name));
    }

    @Test
    void shouldStoreNamesInNfcSoThatLookalikesAreOneName() {
        String tag = unique();
        String decomposed = "Jose\u0301 Nfd" + tag; // e + combining acute
        String composed = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
        admin().body("{\"name\": \"" + decomposed + "\"}").post("/v1/people").then().statusCode(201)
                .body("name", equalTo(composed));
        anonymous().queryParam("q", composed).get("/v1/people").then().statusCode(200).body("data", hasSize(1));
        anonymous().queryParam("q", decomposed).get("/v1/people").then().statusCode(200).body("data", hasSize(1))
                .body("data[0].name", equalTo(composed));
    }

    @Test
    void shouldRefuseANulInAQueryOrPathParameter() {
        ProblemAssertions.badField(anonymous().urlEncodingEnabled(false).get("/v1/people?q=a%00b").then(), "/v1/people", "q");
        anonymous().urlEncodingEnabled(false).get("/v1/people/a%00b").then().statusCode(400)
                .body("errors[0].field", equalTo("idOrSlug"));
    }

    @Test
    void shouldReportADuplicateKeyInABulkLineWithItsField() {
        admin().contentType("application/x-ndjson")
                .body("{\"type\": \"person\", \"data\": {\"name\": \"One\", \"name\": \"Two\"}}\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/v1/bulk").then().statusCode(200)
                .body("accepted", equalTo(0)).body("errors[0].errors[0].field", equalTo("name"));
    }
}
