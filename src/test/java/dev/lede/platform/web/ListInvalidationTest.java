package dev.lede.platform.web;

import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.NO_CONTENT;
import static dev.lede.support.Status.OK;
import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * A cached list page is served afresh exactly when a committed write can change it: a write to an article that
 * names another person, or to a draft, leaves it cached; one that moves an item in, out or within it does not.
 */
@QuarkusTest
class ListInvalidationTest {
    @Inject
    SessionFactory sessionFactory;

    @Inject
    dev.lede.platform.cache.ChangeFollower follower;

    @Inject
    EntityManager em;

    /** SQL statements a public GET ran: zero when it came from the response cache. */
    private long statementsFor(String path) {
        sessionFactory.getStatistics().clear();
        anonymous().get(path).then().statusCode(OK);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static Map<String, Object> naming(String personSlug, String tag) {
        return Map.of("people", List.of(Map.of("person", personSlug)), "tags", List.of(tag));
    }

    @Test
    void shouldKeepAPersonsListWhenAnArticleNamingSomeoneElseIsPublished() {
        String tag = "n" + unique();
        String mine = person("Kept Listed " + unique());
        String other = person("Someone Else " + unique());
        published("Mine " + tag, naming(mine, tag));
        String myList = "/v1/articles?person=" + mine;
        statementsFor(myList);
        statementsFor("/v1/articles?tag=" + tag);

        published("Theirs " + tag, naming(other, tag));

        assertThat(statementsFor(myList)).as("a list narrowed to another person").isZero();
        anonymous().get("/v1/articles?tag=" + tag).then().body("data", hasSize(2)); // not narrowed: served afresh
        anonymous().get("/v1/people/{idOrSlug}/articles", other).then().body("data", hasSize(1));
    }

    @Test
    void shouldKeepEveryPublicListWhileADraftIsWritten() {
        String tag = "d" + unique();
        String someone = person("Draft Named " + unique());
        published("Public " + tag, naming(someone, tag));
        String list = "/v1/articles?person=" + someone;
        statementsFor(list);
        statementsFor("/v1/articles");

        String draftId = draft("Unpublished " + tag, naming(someone, tag)).path("id");

        assertThat(statementsFor(list)).as("a draft is in no public list").isZero();
        assertThat(statementsFor("/v1/articles")).isZero();
        admin().header("If-Match", "*").post("/v1/articles/{idOrSlug}/publish", draftId).then().statusCode(OK);
        anonymous().get(list).then().body("data", hasSize(2)).body("data.id", hasItem(draftId));
    }

    @Test
    void shouldDropAnArticleFromTheListOfAPersonItNoLongerNames() {
        String tag = "u" + unique();
        String before = person("Named Before " + unique());
        String after = person("Named After " + unique());
        String id = published("Renamed links " + tag, naming(before, tag)).path("id");
        anonymous().get("/v1/articles?person=" + before).then().body("data.id", contains(id));
        anonymous().get("/v1/articles?person=" + after).then().body("data", empty());

        admin().contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of("people", List.of(Map.of("person", after))))
                .patch("/v1/articles/{idOrSlug}", id).then().statusCode(OK);

        anonymous().get("/v1/articles?person=" + before).then().body("data", empty());
        anonymous().get("/v1/people/{idOrSlug}/articles", before).then().body("data", empty());
        anonymous().get("/v1/articles?person=" + after).then().body("data.id", contains(id));
    }

    @Test
    void shouldDropAWithdrawnArticleAndItsQuotesFromEveryList() {
        String tag = "w" + unique();
        String someone = person("Withdrawn Named " + unique());
        String id = published("To withdraw " + tag, naming(someone, tag)).path("id");
        String quoteId = admin().body(Map.of("text", "Words said " + tag, "article", id, "speaker", Map.of("type", "person", "id", someone)))
                .post("/v1/quotes").then().statusCode(CREATED).extract().path("id");
        anonymous().get("/v1/people/{idOrSlug}/articles", someone).then().body("data", hasSize(1));
        anonymous().get("/v1/people/{idOrSlug}/quotes", someone).then().body("data.id", contains(quoteId));

        admin().header("If-Match", "*").body(Map.of("reason", "Legal")).post("/v1/articles/{idOrSlug}/withdraw", id)
                .then().statusCode(OK);

        anonymous().get("/v1/people/{idOrSlug}/articles", someone).then().body("data", empty());
        anonymous().get("/v1/articles?tag=" + tag).then().body("data", empty());
        anonymous().get("/v1/people/{idOrSlug}/quotes", someone).then().body("data", empty());
    }

    @Test
    void shouldDropADeletedArticleFromTheListsItWasIn() {
        String tag = "x" + unique();
        String someone = person("Deleted Named " + unique());
        String id = published("To delete " + tag, naming(someone, tag)).path("id");
        anonymous().get("/v1/articles?person=" + someone).then().body("data.id", contains(id));

        admin().header("If-Match", "*").delete("/v1/articles/{idOrSlug}", id).then().statusCode(NO_CONTENT);

        anonymous().get("/v1/articles?person=" + someone).then().body("data", empty());
    }

    @Test
    void shouldStopServingTheQuotesOfASpeakerOnceTheyAreDeleted() {
        String someone = person("Silent Speaker " + unique());
        anonymous().get("/v1/people/{idOrSlug}/quotes", someone).then().statusCode(OK).body("data", empty());
        anonymous().get("/v1/quotes?person=" + someone).then().statusCode(OK).body("data", empty());

        admin().header("If-Match", "*").delete("/v1/people/{idOrSlug}", someone).then().statusCode(NO_CONTENT);

        anonymous().get("/v1/people/{idOrSlug}/quotes", someone).then().statusCode(NOT_FOUND);
        anonymous().get("/v1/quotes?person=" + someone).then().statusCode(BAD_REQUEST);
    }

    @Test
    void shouldKeepCatalogListsWhenOnlyArticlesChangeAndShowANewPersonAtOnce() {
        String tag = "p" + unique();
        String list = "/v1/people?sort=-updatedAt&limit=1";
        statementsFor(list);
        published("Catalog untouched " + tag, Map.of("tags", List.of(tag)));
        assertThat(statementsFor(list)).as("an article write does not move people").isZero();

        String newcomer = person("Newcomer " + unique());
        anonymous().get(list).then().body("data[0].slug", org.hamcrest.Matchers.equalTo(newcomer));
    }

    @Test
    void shouldDropNarrowedListsForAnArticleChangedByAnotherNode() {
        String tag = "r" + unique();
        String someone = person("Remote Listed " + unique());
        String id = published("Remote change " + tag, naming(someone, tag)).path("id");
        String list = "/v1/articles?person=" + someone;
        anonymous().get(list).then().body("data", hasSize(1));
        QuarkusTransaction.requiringNew().run(() -> {
            // Another node withdraws it: the change log says "article withdrawn", not which lists it was in.
            em.createNativeQuery("UPDATE article SET status = 'withdrawn', withdrawn_at = CURRENT_TIMESTAMP,"
                    + " version = version + 1 WHERE id = :id").setParameter("id", id).executeUpdate();
            em.createNativeQuery("UPDATE change_log_head SET last_seq = last_seq + 1 WHERE id = 1").executeUpdate();
            em.createNativeQuery("INSERT INTO change_event (seq, resource_type, op, resource_id, resource_version, occurred_at)"
                    + " SELECT last_seq, 'article', 'withdrawn', :id, 2, CURRENT_TIMESTAMP FROM change_log_head WHERE id = 1")
                    .setParameter("id", id).executeUpdate();
        });
        follower.follow();
        anonymous().get(list).then().body("data", empty());
    }
}
