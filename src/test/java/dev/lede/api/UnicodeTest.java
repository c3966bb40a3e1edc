package dev.lede.api;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.anonymous;
import static dev.lede.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names in any script survive a create and a read unchanged (no normalisation), and slugs stay ASCII. */
@QuarkusTest
class UnicodeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void namesRoundTripByteForByteAndSlugsAreAscii() throws Exception {
        String suffix = " " + unique();
        Map<String, String> namesAndSlugPrefixes = Map.of(
                "São Paulo Times" + suffix, "sao-paulo-times-",
                "Frankfurter Allgemeine Zeitung Überblick" + suffix, "frankfurter-allgemeine-zeitung-uberblick-",
                "東京新聞" + suffix, "",
                "Emoji 📰🗞️ News" + suffix, "emoji-news-",
                "صحيفة الشرق الأوسط" + suffix, "",
                "עיתון הארץ" + suffix, "",
                // Decomposed: e + COMBINING ACUTE, n + COMBINING TILDE; must not be normalised to NFC.
                "Cafe\u0301 Espan\u0303a" + suffix, "cafe-espana-");
        for (Map.Entry<String, String> entry : namesAndSlugPrefixes.entrySet()) {
            String name = entry.getKey();
            List<String> aliases = List.of(name.toUpperCase(), "ǅ Ⅻ ﬁ");
            byte[] request = JSON.writeValueAsBytes(Map.of("name", name, "kind", "publisher", "aliases", aliases));
            byte[] created = admin().body(request).post("/v1/sources").then().statusCode(201).extract().asByteArray();
            JsonNode node = JSON.readTree(created);
            String slug = node.path("slug").asText();
            assertThat(slug).as(name).matches("[a-z0-9]+(-[a-z0-9]+)*").startsWith(entry.getValue());

            byte[] read = anonymous().get("/v1/sources/" + node.path("id").asText()).then().statusCode(200)
                    .contentType("application/json").extract().asByteArray();
            JsonNode fetched = JSON.readTree(read);
            assertThat(fetched.path("name").asText().getBytes(StandardCharsets.UTF_8))
                    .as(name).isEqualTo(name.getBytes(StandardCharsets.UTF_8));
            assertThat(fetched.path("aliases").get(0).asText()).isEqualTo(aliases.get(0));
            assertThat(fetched.path("aliases").get(1).asText()).isEqualTo(aliases.get(1));
            // The raw bytes carry the name as UTF-8 (not as \\u escapes or another charset).
            assertThat(new String(read, StandardCharsets.UTF_8)).contains(name);
            anonymous().get("/v1/sources/" + slug).then().statusCode(200);
        }
    }
}
