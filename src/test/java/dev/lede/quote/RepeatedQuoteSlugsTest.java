package dev.lede.quote;

import static dev.lede.support.Api.TEST_KEY;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.CREATED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import dev.lede.platform.text.Slugs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * A wire story ingested again and again (the same quotes on many outlets' pages): once its quotes' numbered slugs
 * (base, base-2 ... base-20) are all taken, each new copy's quotes take slugs made from their ids, asked for all of
 * the page in one query before anything is stored, not one query (and one flush) per quote.
 */
@QuarkusTest
class RepeatedQuoteSlugsTest {
    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldKeepTheCostOfAnIngestOnceTheNumberedSlugsOfItsQuotesRunOut() {
        String tag = "w" + unique();
        List<Long> statements = new java.util.ArrayList<>();
        for (int copy = 0; copy < Slugs.NUMBERED + 2; copy++) {
            statements.add(statementsToIngest(tag, copy));
        }
        System.out.println("statements per copy: " + statements);
        long before = statements.get(Slugs.NUMBERED - 1); // the 20th copy: its quotes take base-20
        long after = statements.get(Slugs.NUMBERED + 1); // the 22nd: every numbered slug is taken
        assertThat(after).as("statements to ingest a copy once its quotes' numbered slugs are taken, against %d before",
                before).isLessThanOrEqualTo(before + 1);

        List<String> slugs = given().queryParam("q", tag).queryParam("limit", 100).get("/v1/quotes")
                .then().statusCode(200).extract().jsonPath().getList("data.slug");
        Set<String> distinct = new HashSet<>(slugs);
        assertThat(distinct).as("every quote of every copy has a slug of its own").hasSameSizeAs(slugs);
        assertThat(slugs).as("three quotes a copy, %d copies", Slugs.NUMBERED + 2).hasSize(3 * (Slugs.NUMBERED + 2));
        assertThat(slugs).filteredOn(slug -> slug.matches(".*-[0-9a-f]{8}")).as("the id-made slugs of the last copies")
                .hasSizeGreaterThanOrEqualTo(3 * 2);
    }

    private long statementsToIngest(String tag, int copy) {
        sessionFactory.getStatistics().clear();
        ingest(tag, copy);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static void ingest(String tag, int copy) {
        given().header("Authorization", "Bearer " + TEST_KEY).contentType("text/plain; charset=UTF-8")
                .queryParam("publish", true).body(page(tag, copy))
                .post("/v1/ingest").then().statusCode(CREATED).body("quotes", hasSize(3));
    }

    /** A short wire story; only its headline differs from copy to copy, so each copy is a new page. */
    private static String page(String tag, int copy) {
        return String.join("\n\n",
                "Harbour council approves the " + tag + " dredging plan, copy " + copy,
                "5 December 2026",
                "The city council approved the harbour dredging plan on Friday after a debate of four hours.",
                "“" + tag + " dredging will start in the spring and end before the summer,” said Maria Lopes, the"
                        + " council's planning chief.",
                "“" + tag + " nobody will lose a mooring while the works go on,” Lopes added.",
                "The port authority welcomed the vote.",
                "“" + tag + " we expect the first larger ships in the autumn,” said Joao Ferreira, the port director.");
    }
}
