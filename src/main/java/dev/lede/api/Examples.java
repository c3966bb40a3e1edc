package dev.lede.api;

import dev.lede.entity.EntityView;
import dev.lede.person.PersonView;
import dev.lede.source.SourceView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every example of the OpenAPI document, in one place, and the concrete page types it documents. */
public final class Examples {
    private Examples() {
    }

    public static final String PROBLEM_VALIDATION = """
            {"type": "https://lede.dev/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "name: must not be blank", "instance": "/v1/sources",
             "errors": [{"field": "name", "message": "must not be blank"}]}""";

    public static final String PROBLEM_LIMIT = """
            {"type": "https://lede.dev/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "limit: must be between 1 and 100", "instance": "/v1/articles",
             "errors": [{"field": "limit", "message": "must be between 1 and 100"}]}""";

    public static final String PROBLEM_REFERENCED = """
            {"type": "https://lede.dev/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "person 'john-kirby' is still referenced by 1 articles, 5 quotes; delete with ?force=true to detach it",
             "instance": "/v1/people/john-kirby", "references": {"articles": 1, "quotes": 5}}""";

    public static final String PROBLEM_WITHDRAWN = """
            {"type": "https://lede.dev/problems/withdrawn", "title": "Withdrawn", "status": 410,
             "detail": "This article was withdrawn: legal request", "instance": "/v1/articles/some-story",
             "id": "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e5f", "withdrawnAt": "2022-12-10T08:00:00Z", "reason": "legal request"}""";

    public static final String SOURCE = """
            {"id": "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e5f", "slug": "jovem-pan", "name": "Jovem Pan", "kind": "publisher",
             "url": "https://jovempan.com.br", "country": "BR", "language": "pt-BR", "aliases": ["Jovempan"],
             "createdAt": "2022-12-09T12:00:00Z", "updatedAt": "2022-12-09T12:00:00Z", "version": 0}""";

    public static final String SOURCE_INPUT = """
            {"name": "Agence France-Presse", "kind": "wire_agency", "url": "https://www.afp.com", "country": "FR",
             "language": "fr", "aliases": ["AFP"]}""";

    // --- articles ---
    public static final String ARTICLE = """
            {"id": "0184e0a2-6b00-7c3e-8a11-2f4e5d6c7b8a",
             "slug": "us-expresses-concern-over-military-association-between-russia-and-iran",
             "headline": "US expresses concern over ‘military association’ between Russia and Iran",
             "standfirst": "According to the White House, Moscow and Tehran are considering establishing a joint production line for lethal drones; Russian government denies",
             "body": ["You United States expressed, this Friday, the 9th, concern about ...", "Moscow’s envoy to the UN, Vassily Nebenzia, rejected the claims. ..."],
             "language": "en", "translatedFrom": "pt-BR", "section": "world", "tags": ["russia-iran"], "status": "published",
             "publishedAt": "2022-12-09T12:00:00Z", "firstPublishedAt": "2022-12-09T12:00:00Z", "wordCount": 388,
             "publisher": {"id": "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e5f", "slug": "jovem-pan", "name": "Jovem Pan", "kind": "publisher"},
             "credits": [{"id": "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e60", "slug": "afp", "name": "AFP", "kind": "wire_agency", "role": "wire"}],
             "bylines": [],
             "people": [{"id": "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e61", "slug": "john-kirby", "name": "John Kirby",
                         "role": "White House National Security Spokesperson", "mentions": 4, "firstOffset": 1180}],
             "entities": [{"id": "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e62", "slug": "russia", "name": "Russia", "kind": "country",
                           "mentions": 12, "firstOffset": 94}],
             "createdAt": "2022-12-09T12:00:00Z", "updatedAt": "2022-12-09T12:00:00Z", "version": 1}""";

    public static final String ARTICLE_INPUT = """
            {"headline": "US expresses concern over ‘military association’ between Russia and Iran",
             "standfirst": "According to the White House, Moscow and Tehran are considering a joint drone production line",
             "body": ["You United States expressed, this Friday, the 9th, concern ..."],
             "language": "en", "translatedFrom": "pt-BR", "section": "world", "tags": ["russia-iran"],
             "publishedAt": "2022-12-09T12:00:00Z", "publisher": "jovem-pan",
             "credits": [{"source": "afp", "role": "wire"}],
             "people": [{"person": "john-kirby", "role": "White House National Security Spokesperson"}],
             "entities": [{"entity": "russia"}, {"entity": "iran"}]}""";

    @Schema(name = "ArticlePage", description = "A page of articles.")
    public record ArticlePage(List<dev.lede.article.ArticleView> data, Page.Meta meta, Page.Links links) {
    }

    // --- quotes ---
    public static final String QUOTE = """
            {"id": "0184e0a2-7a00-7c3e-8a11-2f4e5d6c7b8b", "slug": "russia-looks-forward-to-collaborating-with-iran-in-areas",
             "text": "Russia looks forward to collaborating with Iran in areas such as weapons development, training",
             "fragment": false,
             "speaker": {"type": "person", "id": "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e61", "slug": "john-kirby", "name": "John Kirby"},
             "article": {"id": "0184e0a2-6b00-7c3e-8a11-2f4e5d6c7b8a",
                         "slug": "us-expresses-concern-over-military-association-between-russia-and-iran",
                         "headline": "US expresses concern over ‘military association’ between Russia and Iran"},
             "offset": 780, "createdAt": "2022-12-09T12:00:00Z", "updatedAt": "2022-12-09T12:00:00Z", "version": 0}""";

    public static final String QUOTE_INPUT = """
            {"text": "Russia looks forward to collaborating with Iran in areas such as weapons development, training",
             "article": "us-expresses-concern-over-military-association-between-russia-and-iran",
             "speaker": {"type": "person", "id": "john-kirby"}}""";

    @Schema(name = "QuotePage", description = "A page of quotes.")
    public record QuotePage(List<dev.lede.quote.QuoteView> data, Page.Meta meta, Page.Links links) {
    }

    @Schema(name = "SourcePage", description = "A page of sources.")
    public record SourcePage(List<SourceView> data, Page.Meta meta, Page.Links links) {
    }

    // --- people and entities ---

    public static final String PERSON = """
            {"id": "0184e0a2-7e3f-7d50-9b22-5c7d4e3f6071", "slug": "john-kirby", "name": "John Kirby", "aliases": ["Kirby"],
             "description": "White House National Security Council spokesperson",
             "affiliations": [{"entity": {"id": "0184e0a2-6d2e-7c4f-8a11-4b6c3d2e5f60", "slug": "white-house",
               "name": "White House", "kind": "government_body"}, "title": "Spokesperson"}],
             "sameAs": ["http://www.wikidata.org/entity/Q6250239"],
             "createdAt": "2022-12-09T12:00:00Z", "updatedAt": "2022-12-09T12:00:00Z", "version": 0}""";

    public static final String PERSON_INPUT = """
            {"name": "John Kirby", "aliases": ["Kirby"], "description": "White House National Security Council spokesperson",
             "affiliations": [{"entity": "white-house", "title": "Spokesperson"}],
             "sameAs": ["http://www.wikidata.org/entity/Q6250239"]}""";

    public static final String ENTITY = """
            {"id": "0184e0a2-6d2e-7c4f-8a11-4b6c3d2e5f60", "slug": "russia", "name": "Russia", "kind": "country",
             "aliases": ["Russian Federation", "Moscow", "Kremlin"], "countryCode": "RU",
             "sameAs": ["http://www.wikidata.org/entity/Q159"],
             "createdAt": "2022-12-09T12:00:00Z", "updatedAt": "2022-12-09T12:00:00Z", "version": 0}""";

    public static final String ENTITY_INPUT = """
            {"name": "Ministry of Defence of the Russian Federation", "kind": "government_body",
             "aliases": ["Russian Defence Ministry"], "parent": "russia", "countryCode": "RU",
             "sameAs": ["http://www.wikidata.org/entity/Q1969431"]}""";

    @Schema(name = "PersonPage", description = "A page of people.")
    public record PersonPage(List<PersonView> data, Page.Meta meta, Page.Links links) {
    }

    @Schema(name = "EntityPage", description = "A page of entities.")
    public record EntityPage(List<EntityView> data, Page.Meta meta, Page.Links links) {
    }
}
