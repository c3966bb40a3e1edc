package dev.lede.ingest;

import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.unique;
import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The pages the ingest tests send: the reference page (the Jovem Pan/AFP story the seed ingested) and its variants. */
final class Pages {
    static final String INGEST = "/v1/ingest";
    static final String REFERENCE_ARTICLE = "us-expresses-concern-over-military-association-between-russia-and-iran";
    static final String REFERENCE = read("/fixtures/pages/000_bda395528f16ca54.txt");

    private Pages() {
    }

    /** The reference page under a headline of its own, so that a test ingests a new page, not the seed's again. */
    static String referenceTagged(String tag) {
        return REFERENCE.replace("US expresses concern", "US expresses concern " + tag);
    }

    /** A request with the admin key that sends a page as plain text. */
    static RequestSpecification asText() {
        return given().header("Authorization", "Bearer " + TEST_KEY).contentType("text/plain; charset=UTF-8");
    }

    /** {@code stem} and a unique suffix of letters only: a capitalised word no stored person or entity is known by. */
    static String uniqueWord(String stem) {
        return stem + unique().chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16)))).reduce("", String::concat);
    }

    private static String read(String resource) {
        try (InputStream in = Pages.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
