package dev.lede.article;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Examples of the OpenAPI document for article operations, and the concrete page type it documents. */
public final class ArticleExamples {
    private ArticleExamples() {
    }

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
    public record ArticlePage(List<ArticleView> data, Page.Meta meta, Page.Links links) {
    }
}
