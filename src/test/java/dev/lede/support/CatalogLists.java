package dev.lede.support;

import static dev.lede.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.ResponseSpecification;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;

/**
 * What every catalog's list promises (people, entities and sources share it): pages linked by cursors, and a
 * statement count that does not grow with the page (details are fetched per page, not per resource).
 */
public final class CatalogLists {
    /** The most statements a catalog page may take: the count, the page, and its details by kind. */
    private static final long AT_MOST = 4;

    private CatalogLists() {
    }

    /**
     * Creates three resources named with one prefix ({@code create} takes the name) and pages through them two at a
     * time: the first page has the total, a cursor and a next link, the last has neither; {@code sort=-name} reverses.
     */
    public static void assertPagesWithCursorsLinksAndTotal(String path, Consumer<String> create) {
        String tag = "pg" + Api.unique();
        for (int i = 0; i < 3; i++) {
            create.accept(tag + " " + i);
        }
        ExtractableResponse<Response> first = anonymous().queryParam("q", tag).queryParam("limit", 2)
                .queryParam("includeTotal", true).get(path).then().statusCode(Status.OK)
                .body("data.name", contains(tag + " 0", tag + " 1")).body("meta.total", equalTo(3))
                .body("meta.limit", equalTo(2)).body("meta.nextCursor", notNullValue())
                .header("Link", containsString("rel=\"next\"")).extract();
        anonymous().get(first.<String>path("links.next")).then().statusCode(Status.OK)
                .body("data.name", contains(tag + " 2")).body("meta.nextCursor", nullValue())
                .header("Link", nullValue());
        anonymous().queryParam("q", tag).queryParam("sort", "-name").get(path).then().statusCode(Status.OK)
                .body("data.name", contains(tag + " 2", tag + " 1", tag + " 0"));
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
