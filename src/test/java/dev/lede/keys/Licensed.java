package dev.lede.keys;

import static dev.lede.support.Api.admin;
import static dev.lede.support.Api.unique;
import static dev.lede.support.Fixtures.published;
import static dev.lede.support.Fixtures.source;

import java.util.List;
import java.util.Map;

/**
 * Content made through the API for entitlement tests: a key entitled to one section of one source, an article inside,
 * one outside by its section and one outside by its source (the lists are ANDed), each naming the same person, entity
 * and tag, with a quote. Headlines share a unique word (a search or suggestion for it finds all three); each outside
 * article has a word of its own that nothing inside carries.
 */
public record Licensed(String u, String sourceId, String sourceSlug, String section, String tag, String person,
                       String entity, Piece inside, Piece outside, Piece otherSource, Keys entitled) {
    /** One article and its quote: ids, slugs and the word only its headline has. */
    public record Piece(String id, String slug, String word, String quoteId, String quoteSlug) {
        /** Whether a response body shows anything of this piece (its ids, slugs or its own word). */
        public boolean shownIn(String body) {
            String lower = body.toLowerCase(java.util.Locale.ROOT);
            return lower.contains(id) || lower.contains(slug) || lower.contains(word.toLowerCase(java.util.Locale.ROOT))
                    || lower.contains(quoteId) || lower.contains(quoteSlug);
        }
    }

    /** Everything made fresh, with unique names. */
    public static Licensed made() {
        String u = unique();
        String sourceSlug = source("Licensed Source " + u, "publisher");
        String sourceId = admin().get("/v1/sources/{s}", sourceSlug).path("id");
        String otherSource = source("Unlicensed Source " + u, "publisher");
        String section = "world-" + u;
        String tag = "lic-" + u;
        String person = dev.lede.support.Fixtures.person("Licensed Person " + u);
        String entity = dev.lede.support.Fixtures.entity("Licensed Place " + u, "place");
        Piece inside = piece(u, "Inword" + u, sourceSlug, section, tag, person, entity);
        Piece outside = piece(u, "Outword" + u, sourceSlug, "sport-" + u, tag, person, entity);
        Piece otherSourced = piece(u, "Elseword" + u, otherSource, section, tag, person, entity);
        Keys entitled = Keys.create(Map.of("scopes", List.of("partner"),
                "entitlements", Map.of("sources", List.of(sourceSlug), "sections", List.of(section))));
        return new Licensed(u, sourceId, sourceSlug, section, tag, person, entity, inside, outside, otherSourced, entitled);
    }

    private static Piece piece(String u, String word, String source, String section, String tag, String person, String entity) {
        var article = published("Kestrel" + u + " " + word + " report", Map.of("publisher", source, "section", section,
                "tags", List.of(tag), "people", List.of(Map.of("person", person)), "entities", List.of(Map.of("entity", entity)),
                "body", List.of("Common words of kestrel" + u + " and " + word + ".")));
        String id = article.path("id");
        var quote = admin().body(Map.of("text", "Said in kestrel" + u + " " + word, "article", id,
                "speaker", Map.of("type", "person", "id", person))).post("/v1/quotes").then().statusCode(201).extract();
        return new Piece(id, article.path("slug"), word, quote.path("id"), quote.path("slug"));
    }

    /** The pieces a key limited as {@link #entitled} must never see. */
    public List<Piece> outsides() {
        return List.of(outside, otherSource);
    }
}
