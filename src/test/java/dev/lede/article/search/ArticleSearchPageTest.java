package dev.lede.article.search;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.keys.Keys;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A search hit is the same article a plain list shows, whether it is the list view the index stores (no body, no embed)
 * or read from the database without bodies (a projection of the row): whatever it carries (image, corrections,
 * translation, URLs, tags, publisher, credits) must not tell the difference.
 * With {@code fields=body} the body is there; a limited key's hits are re-checked in the database through credits too.
 */
@io.quarkus.test.junit.QuarkusTest
class ArticleSearchPageTest {
    @Test
    void aHitIsTheArticleAPlainListShows() {
        String u = unique();
        String word = "pagehit" + u;
        String publisher = source("Page publisher " + u, "publisher");
        String wire = source("Page wire " + u, "wire_agency");
        String id = published("Projection " + word, Map.of("standfirst", "A standfirst " + u, "translatedFrom", "pt-BR",
                "section", "world", "tags", List.of("tag-" + u, "other-" + u),
                "canonicalUrl", "https://example.com/" + u, "originalUrl", "https://example.org/" + u,
                "image", Map.of("url", "https://example.com/" + u + ".jpg", "caption", "A caption", "credit", "A credit"),
                "publisher", publisher, "credits", List.of(Map.of("source", wire, "role", "wire")))).path("id");
        admin().header("If-Match", "*").body(Map.of("type", "correction", "text", "An earlier version misstated " + u + "."))
                .post("/v1/articles/{idOrSlug}/corrections", id).then().statusCode(OK);
        // Without include, the hit is the list view its search document stores; with embeds, it is read from the database.
        for (String include : new String[] {null, "source,credits,bylines,people,entities"}) {
            Map<String, Object> hit = onlyItem(() -> anonymous().queryParam("q", word), include);
            Map<String, Object> listed = onlyItem(() -> anonymous().queryParam("tag", "tag-" + u), include);

            assertThat(hit).as("include=" + include).isEqualTo(listed).containsEntry("id", id).doesNotContainKey("body");
            assertThat(hit.get("corrections")).asList().hasSize(1);
            assertThat(hit.get("image")).asString().contains(u + ".jpg");
            assertThat(hit).containsEntry("translatedFrom", "pt-BR").containsEntry("tags", List.of("tag-" + u, "other-" + u));
        }
    }

    /** The list view a hit's document stores is rewritten with every write: a hit never shows an earlier version. */
    @Test
    void aHitShowsTheArticleAsLastWritten() {
        String u = unique();
        String word = "pagewritten" + u;
        var created = published("Written " + word, Map.of("standfirst", "First dek", "tags", List.of("first-" + u)));
        String id = created.path("id");
        assertThat(onlyItem(() -> admin().queryParam("q", word), null)).containsEntry("standfirst", "First dek")
                .containsEntry("version", created.path("version"));

        admin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("standfirst", "Second dek", "tags", List.of("second-" + u))).patch("/v1/articles/{idOrSlug}", id)
                .then().statusCode(OK);
        admin().header("If-Match", "*").body(Map.of("type", "correction", "text", "Corrected " + u + "."))
                .post("/v1/articles/{idOrSlug}/corrections", id).then().statusCode(OK);
        Map<String, Object> updated = onlyItem(() -> admin().queryParam("q", word), null);
        Map<String, Object> read = admin().get("/v1/articles/{idOrSlug}", id).then().statusCode(OK).extract().path("$");
        assertThat(updated).containsEntry("standfirst", "Second dek").containsEntry("tags", List.of("second-" + u))
                .containsEntry("version", read.get("version")).containsEntry("updatedAt", read.get("updatedAt"));
        assertThat(updated.get("corrections")).asList().hasSize(1);

        admin().header("If-Match", "*").body(Map.of("reason", "Legal " + u)).post("/v1/articles/{idOrSlug}/withdraw", id)
                .then().statusCode(OK);
        assertThat(onlyItem(() -> admin().queryParam("q", word).queryParam("status", "withdrawn"), null))
                .containsEntry("status", "withdrawn").containsEntry("withdrawalReason", "Legal " + u);
        assertThat(anonymous().queryParam("q", word).get("/v1/articles").then().statusCode(OK)
                .extract().<List<Object>>path("data")).isEmpty();
    }

    @Test
    void aSearchAskingForTheBodyGetsIt() {
        String word = "pagebody" + unique();
        published("Body " + word, Map.of());
        List<String> body = anonymous().queryParam("q", word).queryParam("fields", "id,headline,body").get("/v1/articles")
                .then().statusCode(OK).extract().path("data[0].body");
        assertThat(body).containsExactly("First paragraph of Body " + word + ".", "Second paragraph.");
    }

    @Test
    void aLimitedKeySeesOnlyHitsCreditedToItsSources() {
        String u = unique();
        String word = "pagecredit" + u;
        String licensed = source("Page licensed " + u, "wire_agency");
        String other = source("Page other " + u, "wire_agency");
        published("Credited " + word, Map.of("credits", List.of(Map.of("source", licensed, "role", "wire"))));
        published("Not credited " + word, Map.of("credits", List.of(Map.of("source", other, "role", "wire"))));
        Keys key = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(licensed))));

        for (String fields : new String[] {"id,headline", "id,headline,body"}) {
            List<String> headlines = key.request().queryParam("q", word).queryParam("fields", fields).get("/v1/articles")
                    .then().statusCode(OK).extract().path("data.headline");
            assertThat(headlines).as(fields).containsExactly("Credited " + word);
        }
    }

    private static Map<String, Object> onlyItem(Supplier<RequestSpecification> request, String include) {
        RequestSpecification spec = request.get();
        if (include != null) {
            spec.queryParam("include", include);
        }
        List<Map<String, Object>> data = spec.get("/v1/articles")
                .then().statusCode(OK).extract().path("data");
        assertThat(data).hasSize(1);
        return data.get(0);
    }
}
