package dev.lede.feed;

import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.entity;
import static dev.lede.support.Fixtures.person;
import static dev.lede.support.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.thaiopensource.relaxng.jaxp.XMLSyntaxSchemaFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * The feeds validate against the formats' schemas (src/test/resources/feeds, see its README): Atom against RFC 4287's
 * RELAX NG grammar with Jing, JSON Feed against the jsonfeed-schema package's schema with format assertions on (URLs,
 * RFC 3339 dates), for a feed with every kind of member filled in, with and without the full text, and an empty one.
 * Each schema is first shown to refuse a broken document, so a validator that accepts everything cannot pass.
 */
@QuarkusTest
class FeedSchemasTest {

    @Test
    void shouldValidateTheAtomFeedAgainstTheRelaxNgSchema() throws Exception {
        String tag = richArticle();
        javax.xml.validation.Validator atom = new XMLSyntaxSchemaFactory()
                .newSchema(getClass().getResource("/feeds/atom.rng")).newValidator();
        assertThatThrownBy(() -> atom.validate(xml("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>")))
                .isInstanceOf(SAXException.class);
        for (String[] params : new String[][] {{"tag", tag}, {"tag", tag, "fullText", "true"}, {"tag", "none" + tag}}) {
            String feed = FeedTest.feed("atom", params).asString();
            atom.validate(xml(feed));
        }
    }

    @Test
    void shouldValidateTheJsonFeedAgainstTheJsonFeedSchema() {
        String tag = richArticle();
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("classpath:feeds/jsonfeed-schema-v1.1.json"));
        assertThat(errors(schema, "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"title\": 1}]}"))
                .isNotEmpty();
        for (String[] params : new String[][] {{"tag", tag}, {"tag", tag, "fullText", "true"}, {"tag", "none" + tag}}) {
            String feed = FeedTest.feed("json", params).asString();
            assertThat(errors(schema, feed)).as(feed).isEmpty();
        }
    }

    /** An article with every member a feed shows: bylines, people, entities, section, tags, image, body, standfirst. */
    private static String richArticle() {
        String tag = "schema" + unique();
        String author = person("Schema Author " + tag);
        String named = person("Schema Named " + tag);
        String place = entity("Schema Place " + tag, "place");
        published("Schema <b>headline</b> & more " + tag, Map.of("tags", List.of(tag, "second tag"), "section", "world",
                "standfirst", "A standfirst with <tags> & ampersands",
                "image", Map.of("url", "https://img.example/" + tag + ".jpg", "caption", "A caption"),
                "body", List.of("One <p> paragraph & more.", "Two."),
                "bylines", List.of(Map.of("person", author, "role", "author")),
                "people", List.of(Map.of("person", named)), "entities", List.of(Map.of("entity", place))));
        return tag;
    }

    private static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(Error::toString).toList();
    }

    private static StreamSource xml(String document) {
        return new StreamSource(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }
}
