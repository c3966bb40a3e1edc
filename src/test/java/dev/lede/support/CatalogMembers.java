package dev.lede.support;

import static dev.lede.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * What every catalog promises of its members (people, entities and sources share it), whatever the catalog's own
 * fields: a create answers where the new member is, and a member is served by its slug with a strong ETag.
 */
public final class CatalogMembers {
    /** The ETag of a resource's first version. */
    private static final String FIRST_ETAG = "\"v0-[0-9a-f]+\"";

    private CatalogMembers() {
    }

    /**
     * The 201 of a create into {@code collection} named the new member in Location and gave its first version's ETag;
     * Location serves version 0 with that ETag. Answers that GET, for the catalog's own fields.
     */
    public static ValidatableResponse servedAtLocation(ExtractableResponse<Response> created, String collection) {
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(collection + "/" + id);
        assertThat(created.header("ETag")).matches(FIRST_ETAG);
        return anonymous().get(created.header("Location")).then().statusCode(Status.OK)
                .body("version", equalTo(0))
                .header("ETag", matchesPattern(FIRST_ETAG));
    }

    /**
     * {@code collection/{idOrSlug}} serves the member by its slug, and answers 304 to If-None-Match with the ETag it
     * gave. Answers the 200, for the catalog's own fields.
     */
    public static ValidatableResponse servedBySlugWith304(String collection, String slug) {
        ValidatableResponse found = anonymous().get(collection + "/{idOrSlug}", slug).then().statusCode(Status.OK);
        anonymous().header("If-None-Match", found.extract().header("ETag")).get(collection + "/{idOrSlug}", slug).then()
                .statusCode(Status.NOT_MODIFIED);
        return found;
    }
}
