package dev.lede.ingest;

import static dev.lede.ingest.Pages.INGEST;
import static dev.lede.ingest.Pages.asText;
import static dev.lede.ingest.Pages.referenceTagged;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Status.CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The cost of an ingest in SQL statements (Hibernate statistics, on in the test profile): bounded, and not growing
 * with what is already stored, such as earlier quotes that begin with the same words (their slugs collide).
 */
@QuarkusTest
class IngestStatementCountTest {
    /**
     * The reference page stores an article with 12 quotes, published: about 2 statements per stored row kind, and the
     * search indexes' reads after the commit (the article's document, then its quotes' in one batch: a fixed number),
     * and the article's credits and tags read once for the labels its change events record (entitlements, V22), and
     * its body written to and read back for its search document from its own table (V29). 50 since the search
     * document reads each linked kind's names with their aliases in one query and the mentioned people once.
     */
    private static final long BOUND = 50;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    CatalogNames catalog;

    @Test
    void shouldIngestAPageWithTwelveQuotesInABoundedNumberOfStatements() {
        ingest(unique()); // the first of its kind may create people and entities the catalog lacks
        catalog.refreshNow();
        long second = statementsToIngest(unique());
        long third = statementsToIngest(unique());
        System.out.printf("statements per ingest of the reference page: %d, then %d%n", second, third);
        assertThat(second).as("statements to ingest the reference page (12 quotes, published)").isLessThanOrEqualTo(BOUND);
        assertThat(third).as("statements of the next ingest of the same quotes (their slugs collide once more)").isEqualTo(second);
    }

    private long statementsToIngest(String tag) {
        sessionFactory.getStatistics().clear();
        ingest(tag);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static void ingest(String tag) {
        asText().queryParam("publish", true).body(referenceTagged(tag))
                .post(INGEST).then().statusCode(CREATED).body("quotes", hasSize(12));
    }
}
