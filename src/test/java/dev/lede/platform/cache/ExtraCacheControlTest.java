package dev.lede.platform.cache;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Status.MOVED_PERMANENTLY;
import static dev.lede.support.Status.OK;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answers not written by the response cache say how long shared caches may keep them too: a redirect from an old
 * slug, typeahead. Without Cache-Control a CDN may keep a 301 for as long as its heuristics like.
 */
@QuarkusTest
class ExtraCacheControlTest {
    private static final String ITEMS = "public, max-age=60, stale-while-revalidate=300";
    private static final String LISTS = "public, max-age=60, stale-while-revalidate=300";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void anOldSlugsRedirectIsKeptLikeAnItemAndPurgedByAnyChange() {
        String old = renamedPerson();
        anonymous().redirects().follow(false).get("/v1/people/{slug}", old).then().statusCode(MOVED_PERMANENTLY)
                .header("Location", endsWith("-now"))
                .header("Cache-Control", ITEMS)
                .header("Surrogate-Key", "lede:all lede:any-change")
                .header("Cache-Tag", "lede:all,lede:any-change")
                .header("Vary", "Accept, Authorization, Origin");
        anonymous().redirects().follow(false).head("/v1/people/{slug}", old).then().statusCode(MOVED_PERMANENTLY)
                .header("Cache-Control", ITEMS);
    }

    @Test
    void aKeyHoldersRedirectIsPrivateAndAWritesIsNeverStored() {
        String old = renamedPerson();
        admin().redirects().follow(false).get("/v1/people/{slug}", old).then().statusCode(MOVED_PERMANENTLY)
                .header("Cache-Control", "private, no-store").header("Surrogate-Key", (String) null);
        admin().redirects().follow(false).contentType(MERGE_PATCH).header("If-Match", "*")
                .body(Map.of("aliases", java.util.List.of("Alias " + unique()))).patch("/v1/people/{slug}", old)
                .then().statusCode(308).header("Cache-Control", "no-store");
    }

    @Test
    void typeaheadIsKeptLikeAListExceptForAKeyHolder() {
        String name = "Typeahead" + unique();
        person(name + " Person");
        anonymous().queryParam("q", name).get("/v1/suggest").then().statusCode(OK)
                .header("Cache-Control", LISTS)
                .header("Surrogate-Key", "lede:all lede:any-change")
                .header("Vary", "Accept, Authorization, Origin");
        admin().queryParam("q", name).get("/v1/suggest").then().statusCode(OK)
                .header("Cache-Control", "private, no-store");
        anonymous().queryParam("q", "").get("/v1/suggest").then().statusCode(400)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"));
    }

    /** A person renamed to a new slug; returns the old one, which now redirects. */
    private static String renamedPerson() {
        String name = "Moved " + unique();
        String old = person(name);
        admin().contentType(MERGE_PATCH).header("If-Match", "*").body(Map.of("slug", old + "-now"))
                .patch("/v1/people/{slug}", old).then().statusCode(OK);
        return old;
    }
}
