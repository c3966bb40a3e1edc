package dev.lede.support;

import static dev.lede.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;
import org.hibernate.SessionFactory;

/**
 * The promise of a catalog's list: its statement count does not grow with the page (details are fetched per page,
 * not per resource). The catalog tests create the data; this lists it twice and compares.
 */
public final class ListStatements {
    /** The most statements a catalog page may take: the count, the page, and its details by kind. */
    private static final long AT_MOST = 4;

    private ListStatements() {
    }

    /**
     * Lists {@code path?q=q} with a limit of 2 and of {@code large} (each page checked by {@code page}, its second
     * item having all details) and asserts both took the same few statements.
     */
    public static void assertDoNotGrowWithTheLimit(SessionFactory sessionFactory, String path, String q, int large,
                                                   ResponseSpecBuilder page) {
        ResponseSpecification checked = page.build();
        long small = statementsToList(sessionFactory, path, q, 2, checked);
        long many = statementsToList(sessionFactory, path, q, large, checked);
        assertThat(many).isEqualTo(small);
        assertThat(small).isLessThanOrEqualTo(AT_MOST);
    }

    private static long statementsToList(SessionFactory sessionFactory, String path, String q, int limit,
                                         ResponseSpecification page) {
        sessionFactory.getStatistics().clear();
        anonymous().queryParam("q", q).queryParam("limit", limit).get(path).then().statusCode(Status.OK)
                .body("data", hasSize(limit)).spec(page);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
