package dev.lede.platform.web;

import static dev.lede.support.Status.CREATED;
import static dev.lede.support.Status.OK;
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

/** Names in any script survive a create and a read (in normalisation form C), and slugs stay ASCII. */
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
                // Decomposed: e + COMBINING ACUTE, n + COMBINING TILDE; stored composed (NFC), checked below.
                "Cafe\u0301 Espan\u0303a" + suffix, "cafe-espana-");
        for (Map.Entry<String, String> entry : namesAndSlugPrefixes.entrySet()) {
            String name = entry.getKey();
            List<String> aliases = List.of(name.toUpperCase(), "ǅ Ⅻ ﬁ");
            byte[] request = JSON.writeValueAsBytes(Map.of("name", name, "kind", "publisher", "aliases", aliases));
            byte[] created = admin().body(request).post("/v1/sources").then().statusCode(CREATED).extract().asByteArray();
            JsonNode node = JSON.readTree(created);
            String slug = node.path("slug").asText();
            assertThat(slug).as(name).matches("[a-z0-9]+(-[a-z0-9]+)*").startsWith(entry.getValue());

            byte[] read = anonymous().get("/v1/sources/" + node.path("id").asText()).then().statusCode(OK)
                    .contentType("application/json").extract().asByteArray();
            JsonNode fetched = JSON.readTree(read);
            // Byte for byte as sent, once in normalisation form C: "Cafe\u0301" comes back as "Caf\u00e9", the one
            // spelling every client and the linker compare equal.
            String stored = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
            assertThat(fetched.path("name").asText().getBytes(StandardCharsets.UTF_8))
                    .as(name).isEqualTo(stored.getBytes(StandardCharsets.UTF_8));
            assertThat(fetched.path("aliases").get(0).asText())
                    .isEqualTo(java.text.Normalizer.normalize(aliases.get(0), java.text.Normalizer.Form.NFC));
            assertThat(fetched.path("aliases").get(1).asText()).isEqualTo(aliases.get(1)); // NFC keeps compatibility forms
            // The raw bytes carry the name as UTF-8 (not as \\u escapes or another charset).
            assertThat(new String(read, StandardCharsets.UTF_8)).contains(stored);
            anonymous().get("/v1/sources/{idOrSlug}", slug).then().statusCode(OK);
        }
    }
}
