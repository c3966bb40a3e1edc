package dev.lede.review;

import static dev.lede.review.ReviewQueueTest.flag;
import static dev.lede.review.ReviewQueueTest.name;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * GET /v1/review costs one statement per kind it lists (Hibernate statistics, on in the test profile), whatever the
 * page size or the number of items waiting: no statement per item.
 */
@QuarkusTest
class ReviewStatementCountTest {
    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldListTheQueueInOneStatementPerKind() {
        for (int i = 0; i < 6; i++) {
            flag("/v1/people", Map.of("name", "Counted " + name(), "needsReview", true));
            flag("/v1/entities", Map.of("name", "Counted " + name(), "kind", "company", "needsReview", true));
        }
        long small = statements(Map.of("limit", 2));
        long large = statements(Map.of("limit", 100));
        long people = statements(Map.of("limit", 100, "type", "person"));
        System.out.printf("statements per review page: %d (2 items), %d (100 items), %d (people only)%n", small, large, people);
        assertThat(small).as("statements for a page of 2 of three kinds").isLessThanOrEqualTo(3);
        assertThat(large).as("statements for a page of 100 of three kinds").isEqualTo(small);
        assertThat(people).as("statements for a page of one kind").isEqualTo(1);
    }

    private long statements(Map<String, Object> params) {
        sessionFactory.getStatistics().clear();
        admin().queryParams(params).get("/v1/review").then().statusCode(OK);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
