package dev.lede.feed;

import dev.lede.article.ArticleParams;
import dev.lede.platform.web.Params;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Query parameters of a feed: the article list's filters (they mean what they mean there), the number of items and
 * whether they carry the full text. No paging, sort or status: a feed is the newest published articles. Documented
 * here rather than in parameters.json, whose groups are the lists (a path ending in the collection's name).
 */
public class FeedParams {
    /** Items when {@code limit} is absent. */
    static final String DEFAULT_LIMIT = "50";

    @QueryParam("q")
    @Parameter(description = "Only articles matching this full-text search (the syntax of the article list's q); the feed stays newest first.",
            example = "drones")
    public String q;
    @QueryParam("person")
    @Parameter(description = "Only articles that name (or are bylined by) this person: id or slug, e.g. john-kirby. Repeat for any of several (at most 100).")
    public List<String> person;
    @QueryParam("entity")
    @Parameter(description = "Only articles that name this entity: id or slug, e.g. russia. Repeat for any of several (at most 100).")
    public List<String> entity;
    @QueryParam("source")
    @Parameter(description = "Only articles published or credited by this source: id or slug, e.g. jovem-pan. Repeat for any of several (at most 100).")
    public List<String> source;
    @QueryParam("section")
    @Parameter(description = "Only articles in this section.", example = "world")
    public String section;
    @QueryParam("tag")
    @Parameter(description = "Only articles with this tag. Repeat for any of several (at most 100).")
    public List<String> tag;
    @QueryParam("language")
    @Parameter(description = "Only articles in this language (BCP 47).", example = "en")
    public String language;
    @QueryParam("publishedAfter")
    @Parameter(description = "Only articles published at or after this RFC 3339 date-time (a bare date means its midnight UTC).",
            example = "2022-12-01T00:00:00Z")
    public String publishedAfter;
    @QueryParam("publishedBefore")
    @Parameter(description = "Only articles published strictly before this RFC 3339 date-time.", example = "2023-01-01T00:00:00Z")
    public String publishedBefore;
    @QueryParam("updatedSince")
    @Parameter(description = "Only articles changed at or after this RFC 3339 date-time.", example = "2022-12-09T00:00:00Z")
    public String updatedSince;
    @QueryParam("limit")
    @Parameter(description = "Number of items (the newest), 1 to 100 (default 50).", example = "50")
    public String limit;
    @QueryParam("fullText")
    @Parameter(description = "true puts each article's body in its item as HTML paragraphs; otherwise an item carries the standfirst only.",
            example = "false")
    public String fullText;

    /** The filters as the article list reads them. */
    ArticleParams filters() {
        ArticleParams filters = new ArticleParams();
        filters.q = q;
        filters.person = person;
        filters.entity = entity;
        filters.source = source;
        filters.section = section;
        filters.tag = tag;
        filters.language = language;
        filters.publishedAfter = publishedAfter;
        filters.publishedBefore = publishedBefore;
        filters.updatedSince = updatedSince;
        filters.limit = limit == null ? DEFAULT_LIMIT : limit;
        return filters;
    }

    boolean withFullText() {
        return Params.bool("fullText", fullText);
    }
}
