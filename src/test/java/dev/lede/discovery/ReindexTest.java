package dev.lede.discovery;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Status.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /v1/admin/reindex: an online rebuild, during which searches keep answering and writes are not lost. */
@QuarkusTest
class ReindexTest {
    private static final String REINDEX = "/v1/admin/reindex";
    private static final int ACCEPTED = 202;

    @Test
    void shouldRebuildOnlineWhileSearchesKeepFindingWhatTheyFound() throws InterruptedException {
        String before = "w" + unique();
        String old = published("Indexed before " + before, Map.of()).path("id");
        admin().post(REINDEX).then().statusCode(ACCEPTED)
                .body("data.index", containsInAnyOrder("articles", "quotes")).body("data.rebuilding", everyItem(equalTo(true)));
        String during = "w" + unique();
        String written = published("Written during the rebuild " + during, Map.of()).path("id");
        long deadline = System.currentTimeMillis() + 120_000;
        while (admin().get(REINDEX).then().statusCode(OK).extract().<List<Boolean>>path("data.rebuilding").contains(true)) {
            anonymous().queryParam("q", before).get("/v1/articles").then().statusCode(OK).body("data.id", contains(old));
            assertThat(System.currentTimeMillis()).as("the rebuild finishes").isLessThan(deadline);
            Thread.sleep(50);
        }
        admin().get(REINDEX).then().statusCode(OK).body("data.complete", everyItem(equalTo(true)));
        anonymous().queryParam("q", before).get("/v1/articles").then().statusCode(OK).body("data.id", contains(old));
        anonymous().queryParam("q", during).get("/v1/articles").then().statusCode(OK).body("data.id", contains(written));
    }

    @Test
    void shouldBeForTheAdminKeyOnlyAndNameAnUnknownIndex() {
        anonymous().post(REINDEX).then().statusCode(UNAUTHORIZED);
        anonymous().get(REINDEX).then().statusCode(UNAUTHORIZED);
        admin().queryParam("index", "nothing").post(REINDEX).then().statusCode(BAD_REQUEST).body("errors[0].field", equalTo("index"));
        admin().queryParam("index", "quotes").get(REINDEX).then().statusCode(OK).body("data.index", contains("quotes"));
    }
}
