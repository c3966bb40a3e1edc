package dev.lede.feed;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.draft;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Status.BAD_REQUEST;
import static dev.lede.support.Status.MOVED_PERMANENTLY;
import static dev.lede.support.Status.NOT_ACCEPTABLE;
import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * The three feeds through HTTP, parsed back with ROME (RSS, Atom) and read as JSON Feed: what a reader of them
 * notices. Each test filters the feed by a tag of its own, so other tests' articles never show in it.
 */
@QuarkusTest
class FeedTest {
    private static final String ALL = "/v1/feeds/articles.";

    @Test
    void shouldListANewlyPublishedArticleInEveryFormatWithItsBylinesAndCategories() {
        String tag = "feed" + unique();
        String author = person("Feed Author " + tag);
        String named = person("Feed Named " + tag);
        String place = entity("Feed Place " + tag, "place");
        String id = published("Feed headline " + tag, Map.of("tags", List.of(tag), "section", "world",
                "standfirst", "The standfirst of " + tag,
                "bylines", List.of(Map.of("person", author, "role", "author")),
                "people", List.of(Map.of("person", named)), "entities", List.of(Map.of("entity", place)))).path("id");
        String slug = admin().get("/v1/articles/{id}", id).then().extract().path("slug");

        for (String format : List.of("rss", "atom")) {
            SyndFeed feed = parse(feed(format, "tag", tag));
            assertThat(feed.getEntries()).as(format).hasSize(1);
            SyndEntry entry = feed.getEntries().get(0);
            assertThat(entry.getTitle()).isEqualTo("Feed headline " + tag);
            assertThat(entry.getLink()).isEqualTo("http://localhost:8080/v1/articles/" + slug);
            assertThat(entry.getUri()).isEqualTo("urn:uuid:" + id);
            assertThat(entry.getPublishedDate()).isNotNull();
            assertThat(entry.getDescription().getValue()).isEqualTo("<p>The standfirst of " + tag + "</p>");
            assertThat(entry.getAuthors().stream().map(SyndPerson::getName).toList()
                    .isEmpty() ? List.of(entry.getAuthor()) : entry.getAuthors().stream().map(SyndPerson::getName).toList())
                    .containsExactly("Feed Author " + tag);
            assertThat(entry.getCategories().stream().map(FeedTest::categoryName).toList())
                    .contains("world", tag, "Feed Named " + tag, "Feed Place " + tag);
            assertThat(entry.getContents()).as("no full text unless asked").isEmpty();
        }
        JsonPath json = feed("json", "tag", tag).jsonPath();
        assertThat(json.getString("version")).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.getList("items")).hasSize(1);
        assertThat(json.getString("items[0].id")).isEqualTo("urn:uuid:" + id);
        assertThat(json.getString("items[0].url")).isEqualTo("http://localhost:8080/v1/articles/" + slug);
        assertThat(json.getString("items[0].summary")).isEqualTo("The standfirst of " + tag);
        assertThat(json.getString("items[0].content_html")).isEqualTo("<p>The standfirst of " + tag + "</p>");
        assertThat(json.getList("items[0].authors.name")).containsExactly("Feed Author " + tag);
        assertThat(json.getList("items[0].tags", String.class)).contains("world", tag, "Feed Named " + tag, "Feed Place " + tag);
        assertThat(Instant.parse(json.getString("items[0].date_published"))).isNotNull();
    }

    @Test
    void shouldLinkToTheCanonicalUrlWhenTheArticleHasOne() {
        String tag = "feed" + unique();
        published("Canonical " + tag, Map.of("tags", List.of(tag), "canonicalUrl", "https://news.example/" + tag));
        assertThat(parse(feed("rss", "tag", tag)).getEntries().get(0).getLink()).isEqualTo("https://news.example/" + tag);
        assertThat(feed("json", "tag", tag).jsonPath().getString("items[0].url")).isEqualTo("https://news.example/" + tag);
    }

    @Test
    void shouldServeTheRightMediaTypesInUtf8() {
        String tag = "feed" + unique();
        published("Ação em São Paulo " + tag, Map.of("tags", List.of(tag)));
        Map<String, String> types = Map.of("rss", "application/rss+xml", "atom", "application/atom+xml", "json", "application/feed+json");
        types.forEach((format, type) -> {
            Response response = feed(format, "tag", tag);
            assertThat(response.contentType()).as(format).isEqualToIgnoringWhitespace(type + ";charset=UTF-8");
            assertThat(new String(response.asByteArray(), java.nio.charset.StandardCharsets.UTF_8)).contains("Ação em São Paulo " + tag);
        });
    }

    @Test
    void shouldStayWellFormedWhenStoredTextHoldsCharactersXmlCannotCarry() {
        String tag = "feed" + unique();
        published("Bell\u0007 and emoji \uD83D\uDE00 " + tag, Map.of("tags", List.of(tag), "body", List.of("Form\u000Cfeed.")));
        for (String format : List.of("rss", "atom")) {
            SyndEntry entry = parse(feed(format, "tag", tag, "fullText", "true")).getEntries().get(0);
            assertThat(entry.getTitle()).as(format).isEqualTo("Bell and emoji \uD83D\uDE00 " + tag);
            assertThat(entry.getContents().get(0).getValue()).isEqualTo("<p>Formfeed.</p>");
        }
    }

    @Test
    void shouldHaveEveryRequiredRssChannelElementAndRfc822Dates() {
        String tag = "feed" + unique();
        published("Dated " + tag, Map.of("tags", List.of(tag)));
        XmlPath rss = new XmlPath(feed("rss", "tag", tag).asString());
        assertThat(rss.getString("rss.@version")).isEqualTo("2.0");
        assertThat(rss.getString("rss.channel.title")).isNotBlank();
        assertThat(rss.getString("rss.channel.link")).isEqualTo("http://localhost:8080/v1/articles");
        assertThat(rss.getString("rss.channel.description")).isNotBlank();
        String pubDate = rss.getString("rss.channel.item.pubDate");
        ZonedDateTime parsed = ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(parsed.toInstant()).isBetween(Instant.now().minusSeconds(300), Instant.now().plusSeconds(5));
        ZonedDateTime.parse(rss.getString("rss.channel.lastBuildDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(rss.getString("rss.channel.item.guid.@isPermaLink")).isEqualTo("false");
    }

    @Test
    void shouldHaveAtomsIdUpdatedAndSelfLink() {
        String tag = "feed" + unique();
        published("Atom " + tag, Map.of("tags", List.of(tag)));
        XmlPath atom = new XmlPath(feed("atom", "tag", tag).asString());
        assertThat(atom.getString("feed.id")).isEqualTo("http://localhost:8080/v1/feeds/articles.atom?tag=" + tag);
        assertThat(Instant.parse(atom.getString("feed.updated"))).isNotNull();
        assertThat(atom.getString("feed.link.find { it.@rel == 'self' }.@href"))
                .isEqualTo("http://localhost:8080/v1/feeds/articles.atom?tag=" + tag);
        assertThat(Instant.parse(atom.getString("feed.entry.updated"))).isNotNull();
    }

    @Test
    void shouldCarryTheBodyAsEscapedHtmlWithFullText() {
        String tag = "feed" + unique();
        published("Full " + tag, Map.of("tags", List.of(tag),
                "body", List.of("Tom & Jerry <script>alert(1)</script>", "Second \"quoted\" paragraph.")));
        String html = "<p>Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;</p><p>Second &quot;quoted&quot; paragraph.</p>";
        for (String format : List.of("rss", "atom")) {
            SyndEntry entry = parse(feed(format, "tag", tag, "fullText", "true")).getEntries().get(0);
            assertThat(entry.getContents()).as(format).hasSize(1);
            assertThat(entry.getContents().get(0).getValue()).as(format).isEqualTo(html);
        }
        assertThat(feed("json", "tag", tag, "fullText", "true").jsonPath().getString("items[0].content_html")).isEqualTo(html);
        assertThat(feed("rss", "tag", tag, "fullText", "true").asString()).doesNotContain("<script>");
    }

    @Test
    void shouldDropAWithdrawnArticleAndNeverShowADraft() {
        String tag = "feed" + unique();
        String id = published("Withdrawn " + tag, Map.of("tags", List.of(tag))).path("id");
        published("Kept " + tag, Map.of("tags", List.of(tag)));
        draft("Draft " + tag, Map.of("tags", List.of(tag)));
        assertThat(titles("rss", "tag", tag)).containsExactlyInAnyOrder("Withdrawn " + tag, "Kept " + tag);
        admin().header("If-Match", "*").body(Map.of("reason", "Legal request")).post("/v1/articles/{id}/withdraw", id)
                .then().statusCode(OK);
        for (String format : List.of("rss", "atom", "json")) {
            assertThat(titles(format, "tag", tag)).as(format).containsExactly("Kept " + tag);
        }
    }

    @Test
    void shouldGiveAKeyHolderTheSamePublicFeed() {
        String tag = "feed" + unique();
        published("Public " + tag, Map.of("tags", List.of(tag)));
        draft("Draft " + tag, Map.of("tags", List.of(tag)));
        List<String> withKey = admin().queryParam("tag", tag).get(ALL + "json").then().statusCode(OK)
                .extract().jsonPath().getList("items.title");
        assertThat(withKey).containsExactly("Public " + tag);
    }

    @Test
    void shouldListNewestFirstAndHonourTheLimit() throws InterruptedException {
        String tag = "feed" + unique();
        for (int i = 1; i <= 3; i++) {
            published("Order " + i + " " + tag, Map.of("tags", List.of(tag)));
            Thread.sleep(5);
        }
        assertThat(titles("json", "tag", tag)).containsExactly("Order 3 " + tag, "Order 2 " + tag, "Order 1 " + tag);
        assertThat(titles("rss", "tag", tag, "limit", "2")).containsExactly("Order 3 " + tag, "Order 2 " + tag);
    }

    @Test
    void shouldNarrowByTheArticleListsFilters() {
        String tag = "feed" + unique();
        String person = person("Filter Person " + tag);
        published("With person " + tag, Map.of("tags", List.of(tag), "people", List.of(Map.of("person", person))));
        published("In Portuguese " + tag, Map.of("tags", List.of(tag), "language", "pt", "section", "sports"));
        assertThat(titles("atom", "tag", tag, "person", person)).containsExactly("With person " + tag);
        assertThat(titles("atom", "tag", tag, "language", "pt")).containsExactly("In Portuguese " + tag);
        assertThat(titles("json", "tag", tag, "section", "sports")).containsExactly("In Portuguese " + tag);
        assertThat(titles("rss", "tag", tag, "publishedAfter", "2999-01-01T00:00:00Z")).isEmpty();
        assertThat(titles("rss", "tag", tag, "q", "Portuguese")).containsExactly("In Portuguese " + tag);
    }

    @Test
    void shouldServeThePersonEntityAndSourceFeeds() {
        String tag = "feed" + unique();
        String person = person("Subject Person " + tag);
        String place = entity("Subject Place " + tag, "place");
        String source = dev.lede.support.Fixtures.source("Subject Source " + tag, "publisher");
        published("Naming " + tag, Map.of("tags", List.of(tag), "people", List.of(Map.of("person", person)),
                "entities", List.of(Map.of("entity", place)), "publisher", source));
        published("Other " + tag, Map.of("tags", List.of(tag)));
        for (String[] subject : new String[][] {{"people", person, "Subject Person "}, {"entities", place, "Subject Place "},
                {"sources", source, "Subject Source "}}) {
            for (String format : List.of("rss", "atom", "json")) {
                Response response = anonymous().get("/v1/{collection}/{key}/feed." + format, subject[0], subject[1]);
                response.then().statusCode(OK);
                assertThat(titlesOf(format, response)).as(subject[0] + " " + format).containsExactly("Naming " + tag);
            }
            SyndFeed feed = parse(anonymous().get("/v1/{collection}/{key}/feed.atom", subject[0], subject[1]));
            assertThat(feed.getTitle()).contains(subject[2] + tag);
        }
    }

    @Test
    void shouldRedirectAnOldSlugAndRefuseAnUnknownSubject() {
        String tag = "feed" + unique();
        String slug = person("Renamed Person " + tag);
        String newSlug = "now-" + slug;
        admin().header("If-Match", "*").body(Map.of("slug", newSlug)).contentType("application/merge-patch+json")
                .patch("/v1/people/{key}", slug).then().statusCode(OK);
        anonymous().redirects().follow(false).queryParam("limit", 5).get("/v1/people/{key}/feed.rss", slug).then()
                .statusCode(MOVED_PERMANENTLY).header("Location", endsWith("/v1/people/" + newSlug + "/feed.rss?limit=5"));
        anonymous().get("/v1/entities/{key}/feed.json", "no-such-" + tag).then().statusCode(NOT_FOUND)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldRefuseBadParametersWithProblemsNamingThem() {
        for (String[] bad : new String[][] {{"limit", "0"}, {"limit", "101"}, {"limit", "ten"}, {"fullText", "maybe"},
                {"publishedAfter", "yesterday"}, {"language", "not a language"}, {"person", "no-such-person-" + unique()},
                {"q", "*wild"}}) {
            for (String format : List.of("rss", "json")) {
                anonymous().queryParam(bad[0], bad[1]).get(ALL + format).then().statusCode(BAD_REQUEST)
                        .contentType(startsWith("application/problem+json"))
                        .body("errors[0].field", equalTo(bad[0]));
            }
        }
        anonymous().queryParam("status", "draft").get(ALL + "atom").then().statusCode(BAD_REQUEST)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldAnswerAnAcceptItCannotServeWith406AndTakeGenericXml() {
        anonymous().accept("text/html").get(ALL + "rss").then().statusCode(NOT_ACCEPTABLE)
                .contentType(startsWith("application/problem+json"));
        anonymous().accept("application/xml").get(ALL + "atom").then().statusCode(OK)
                .contentType(startsWith("application/atom+xml"));
        anonymous().accept("application/json").get(ALL + "json").then().statusCode(OK)
                .contentType(startsWith("application/feed+json"));
    }

    static Response feed(String format, String... params) {
        var request = anonymous();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        Response response = request.get(ALL + format);
        response.then().statusCode(OK);
        return response;
    }

    private static List<String> titles(String format, String... params) {
        return titlesOf(format, feed(format, params));
    }

    private static List<String> titlesOf(String format, Response response) {
        if (format.equals("json")) {
            return response.jsonPath().getList("items.title");
        }
        return parse(response).getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    static SyndFeed parse(Response response) {
        try {
            return new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(response.asByteArray())));
        } catch (Exception e) {
            throw new AssertionError("ROME could not parse the feed: " + response.asString(), e);
        }
    }

    private static String categoryName(SyndCategory category) {
        return category.getLabel() != null ? category.getLabel() : category.getName();
    }
}
