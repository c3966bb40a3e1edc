package dev.lede.article;

import dev.lede.platform.web.ListParams;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of article lists. Different filters combine with AND; repeating one means OR. */
public class ArticleParams extends ListParams {
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

    @QueryParam("status")
    @Parameter(description = "Publishing state to list: published (default), draft, withdrawn or all. Anything but published needs a key.",
            example = "published")
    public String status;

    @QueryParam("sort")
    @Parameter(description = "Sort order: -publishedAt (default), publishedAt, updatedAt, -updatedAt, headline, -headline. Ties break on id.",
            example = "-publishedAt")
    public String sort;

    @QueryParam("include")
    @Parameter(description = "Compact references to embed in each item: people, entities, source, credits, bylines, quotes (comma-separated or repeated), e.g. people,entities.")
    public List<String> include;
}
