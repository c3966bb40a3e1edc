package dev.lede.keys;

import static io.restassured.RestAssured.given;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * A wrong key sent again and again (a misconfigured client, a flood) is looked up in the database once, then refused
 * from memory for the second the verified keys are trusted: every request is still a 401.
 */
@QuarkusTest
class RefusedKeysTest {
    @Inject SessionFactory sessionFactory;

    @Test
    void aWrongKeySentAgainIsRefusedWithoutAnotherLookup() {
        String wrong = "Bearer lede_" + unique();
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().header("Authorization", wrong).get("/v1/sources").then().statusCode(401);
        assertThat(keyLookups()).as("the first time, the key is looked up").isPositive();

        statistics.clear();
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", wrong).get("/v1/sources").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        assertThat(keyLookups()).as("then refused from memory").isZero();
        given().header("Authorization", "Bearer lede_" + unique()).get("/v1/sources").then().statusCode(401);
        assertThat(keyLookups()).as("another wrong key is looked up").isPositive();
    }

    private long keyLookups() {
        var statistics = sessionFactory.getStatistics();
        return Arrays.stream(statistics.getQueries()).filter(query -> query.contains("ApiKey"))
                .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount()).sum();
    }
}
