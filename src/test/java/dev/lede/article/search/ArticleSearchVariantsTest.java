package dev.lede.article.search;

import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With {@code language=} a query is parsed for that language's text fields and the names only: it still stems as that
 * language does, still finds a name in an article that names someone, and finds nothing of another language.
 */
@QuarkusTest
class ArticleSearchVariantsTest {
    @Test
    void aLanguageFilteredSearchStemsInThatLanguageAndStillMatchesNames() {
        String u = unique();
        String surname = "Varianto" + u;
        String someone = person("Ana " + surname);
        published("Drones " + u + " were flying over the harbour", Map.of("language", "en"));
        published("Notícia " + u + " sobre o porto", Map.of("language", "pt", "people", List.of(Map.of("person", someone))));

        assertThat(headlines("fly " + u, "en")).containsExactly("Drones " + u + " were flying over the harbour");
        assertThat(headlines(surname, "pt")).containsExactly("Notícia " + u + " sobre o porto");
        assertThat(headlines(surname, "en")).isEmpty();
        assertThat(headlines("fly AND " + u, "pt")).isEmpty();
    }

    private static List<String> headlines(String q, String language) {
        return anonymous().queryParam("q", q).queryParam("language", language).get("/v1/articles")
                .then().statusCode(OK).extract().path("data.headline");
    }
}
