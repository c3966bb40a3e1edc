package dev.lede.ingest;

import static dev.lede.ingest.Pages.INGEST;
import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.CREATED;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The review of extractor round 3 through HTTP: a padded metadata headline opening with capitals is stored, not a 500. */
@QuarkusTest
class IngestReviewFixesTest {

    @Test
    void aJsonLdHeadlineWithALeadingSpaceAndAnAcronymIsStored() {
        String tag = unique();
        String headline = "NASA picks a crew for the lunar flight " + tag;
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\" " + headline + "\"}</script></head>"
                + "<body><p>NASA picked four astronauts on Monday for the first crewed flight around the Moon in fifty years.</p>"
                + "<p>The flight is planned for next year and will last about ten days, the agency said.</p></body></html>";
        String id = given().header("Authorization", "Bearer " + TEST_KEY).contentType("text/html; charset=UTF-8").body(html)
                .post(INGEST).then().statusCode(CREATED)
                .body("article.headline", equalTo(headline))
                .extract().path("article.id");
        given().header("Authorization", "Bearer " + TEST_KEY).get("/v1/articles/{id}", id).then().statusCode(200)
                .body("headline", equalTo(headline));
    }
}
