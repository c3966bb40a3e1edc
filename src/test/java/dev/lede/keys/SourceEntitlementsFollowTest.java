package dev.lede.keys;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A key's entitlements follow the sources they name: a merge moves them to the survivor at once (tests trust a
 * verified key for a minute, so a key read before the merge would otherwise keep its old entitlements that long), and
 * a delete never widens a key's access nor leaves it silently pointing at nothing.
 */
@QuarkusTest
class SourceEntitlementsFollowTest {

    @Test
    void aKeyEntitledToAMergedSourceReadsTheSurvivorsArticlesAtOnce() {
        String u = unique();
        String merged = source("Merged Wire " + u, "wire_agency");
        String survivor = source("Surviving Wire " + u, "wire_agency");
        String survivorId = idOf(survivor);
        String fromMerged = articleOf(merged, "Merged" + u);
        String fromSurvivor = articleOf(survivor, "Surviving" + u);
        Keys key = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(merged))));

        key.request().get("/v1/articles/{id}", fromMerged).then().statusCode(200);
        key.request().get("/v1/articles/{id}", fromSurvivor).then().statusCode(404);

        admin().header("If-Match", "*").body(Map.of("duplicate", merged)).post("/v1/sources/{s}/merge", survivor)
                .then().statusCode(200).body("aliases", contains("Merged Wire " + u));

        key.request().get("/v1/articles/{id}", fromSurvivor).then().statusCode(200);
        key.request().get("/v1/articles/{id}", fromMerged).then().statusCode(200).body("publisher.id", equalTo(survivorId));
        admin().get("/v1/keys/{id}", key.id()).then().statusCode(200)
                .body("entitlements.sources", contains(survivorId));
    }

    @Test
    void aKeyEntitledToBothSourcesOfAMergeNamesTheSurvivorOnce() {
        String u = unique();
        String merged = source("Twin Wire " + u, "wire_agency");
        String survivor = source("Kept Wire " + u, "wire_agency");
        Keys key = Keys.create(Map.of("scopes", List.of("partner"),
                "entitlements", Map.of("sources", List.of(merged, survivor), "sections", List.of("world"))));

        admin().header("If-Match", "*").body(Map.of("duplicate", merged)).post("/v1/sources/{s}/merge", survivor)
                .then().statusCode(200);

        admin().get("/v1/keys/{id}", key.id()).then().statusCode(200)
                .body("entitlements.sources", contains(idOf(survivor)))
                .body("entitlements.sections", contains("world"));
    }

    @Test
    void deletingASourceAKeyNamesIsAConflictNamingTheKey() {
        String u = unique();
        String named = source("Named Wire " + u, "wire_agency");
        Keys key = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(named))));

        admin().header("If-Match", "*").delete("/v1/sources/{s}", named).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("1 keys"))
                .body("references.keys", equalTo(1))
                .body("referencedBy.keys[0].id", equalTo(key.id()))
                .body("referencedBy.keys[0].name", equalTo(key.name()));
        admin().get("/v1/sources/{s}", named).then().statusCode(200);
    }

    @Test
    void aForcedDeleteNarrowsAKeyButNeverEmptiesItsSources() {
        String u = unique();
        String deleted = source("Deleted Wire " + u, "wire_agency");
        String deletedId = idOf(deleted);
        String kept = source("Kept Press " + u, "publisher");
        String keptId = idOf(kept);
        String other = source("Other Press " + u, "publisher");
        String fromDeleted = articleOf(deleted, "Gone" + u);
        String fromKept = articleOf(kept, "Kept" + u);
        String fromOther = articleOf(other, "Other" + u);
        Keys two = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(deleted, kept))));
        Keys one = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(deleted))));
        one.request().get("/v1/articles/{id}", fromDeleted).then().statusCode(200);

        admin().header("If-Match", "*").queryParam("force", true).delete("/v1/sources/{s}", deleted).then().statusCode(204);

        admin().get("/v1/keys/{id}", two.id()).then().body("entitlements.sources", contains(keptId));
        two.request().get("/v1/articles/{id}", fromKept).then().statusCode(200);
        two.request().get("/v1/articles/{id}", fromDeleted).then().statusCode(404);
        // The only source it had stays named: an empty list would entitle the key to everything.
        admin().get("/v1/keys/{id}", one.id()).then().body("entitlements.sources", contains(deletedId));
        for (String article : List.of(fromDeleted, fromKept, fromOther)) {
            one.request().get("/v1/articles/{id}", article).then().statusCode(404);
        }
    }

    @Test
    void anEditorsMergeThatWouldWidenAnActiveKeyIsRefusedAndMovesNothing() {
        String u = unique();
        String duplicate = source("Narrow Wire " + u, "wire_agency");
        String survivor = source("Broad Wire " + u, "wire_agency");
        String duplicateId = idOf(duplicate);
        String fromSurvivor = articleOf(survivor, "Broad" + u);
        String fromDuplicate = articleOf(duplicate, "Narrow" + u);
        Keys licensed = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(duplicate))));
        Keys editor = Keys.withScopes("content:write");

        editor.request().header("If-Match", "*").body(Map.of("duplicate", duplicate)).post("/v1/sources/{s}/merge", survivor)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/keys-name-duplicate"))
                .body("detail", containsString("admin"))
                .body("keys", equalTo(1))
                .body("errors[0].field", equalTo("duplicate"))
                .body(not(containsString(licensed.id())));

        admin().get("/v1/sources/{s}", duplicate).then().statusCode(200).body("id", equalTo(duplicateId));
        admin().get("/v1/articles/{id}", fromDuplicate).then().statusCode(200).body("publisher.id", equalTo(duplicateId));
        admin().get("/v1/keys/{id}", licensed.id()).then().body("entitlements.sources", contains(duplicateId));
        licensed.request().get("/v1/articles/{id}", fromSurvivor).then().statusCode(404);
    }

    @Test
    void anEditorMayMergeWhenNoActiveKeyWouldWiden() {
        String u = unique();
        String duplicate = source("Shared Wire " + u, "wire_agency");
        String survivor = source("Main Wire " + u, "wire_agency");
        String survivorId = idOf(survivor);
        String duplicateId = idOf(duplicate);
        Keys both = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(duplicate, survivor))));
        Keys revoked = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(duplicate))));
        admin().delete("/v1/keys/{id}", revoked.id()).then().statusCode(204);

        Keys.withScopes("content:write").request().header("If-Match", "*").body(Map.of("duplicate", duplicate))
                .post("/v1/sources/{s}/merge", survivor).then().statusCode(200);

        admin().get("/v1/sources/{s}", duplicateId).then().statusCode(404);
        admin().get("/v1/keys/{id}", both.id()).then().body("entitlements.sources", contains(survivorId));
        // A revoked key reads nothing: it is left as it was, not entitled to the survivor.
        admin().get("/v1/keys/{id}", revoked.id()).then().body("entitlements.sources", contains(duplicateId));
    }

    @Test
    void aRefusedDeleteGivesAnEditorTheCountOfKeysButNotTheKeys() {
        String u = unique();
        String named = source("Counted Wire " + u, "wire_agency");
        Keys key = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(named))));

        Keys.withScopes("content:write").request().header("If-Match", "*").delete("/v1/sources/{s}", named).then()
                .statusCode(409).contentType("application/problem+json")
                .body("references.keys", equalTo(1))
                .body("referencedBy", nullValue())
                .body(not(containsString(key.id())))
                .body(not(containsString(key.name())));
        admin().get("/v1/sources/{s}", named).then().statusCode(200);
    }

    @Test
    void aRevokedKeyDoesNotHoldADeleteBack() {
        String u = unique();
        String source = source("Unused Wire " + u, "wire_agency");
        Keys key = Keys.create(Map.of("scopes", List.of("partner"), "entitlements", Map.of("sources", List.of(source))));
        admin().delete("/v1/keys/{id}", key.id()).then().statusCode(204);

        admin().header("If-Match", "*").delete("/v1/sources/{s}", source).then().statusCode(204);
    }

    private static String idOf(String sourceSlug) {
        return admin().get("/v1/sources/{s}", sourceSlug).then().statusCode(200).extract().path("id");
    }

    /** A published article of that source; answers its id. */
    private static String articleOf(String source, String word) {
        return published(word + " report", Map.of("publisher", source, "section", "world",
                "body", List.of("What " + word + " said."))).path("id");
    }
}
