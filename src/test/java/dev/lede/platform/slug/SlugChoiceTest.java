package dev.lede.platform.slug;

import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Derived slugs: numbered up to 20 namesakes, then a suffix from the id, so a slug costs the same for the 1,000th. */
@QuarkusTest
class SlugChoiceTest {

    @Test
    void shouldNumberTwentyNamesakesThenSuffixTheId() {
        String name = "Namesake " + unique();
        String base = name.toLowerCase().replace(' ', '-');
        for (int n = 1; n <= 20; n++) {
            String slug = admin().body(Map.of("name", name)).post("/v1/people").then().statusCode(CREATED).extract().path("slug");
            assertThat(slug).isEqualTo(n == 1 ? base : base + "-" + n);
        }
        JsonPath twentyFirst = admin().body(Map.of("name", name)).post("/v1/people").then().statusCode(CREATED).extract().jsonPath();
        String id = twentyFirst.getString("id").replace("-", "");
        assertThat(twentyFirst.getString("slug")).isEqualTo(base + "-" + id.substring(id.length() - 8));
    }
}
