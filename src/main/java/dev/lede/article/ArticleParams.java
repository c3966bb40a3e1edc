package dev.lede.article;

import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.text.Languages;
import dev.lede.platform.web.ListParams;
import dev.lede.platform.web.Params;
import dev.lede.platform.web.Selection;
import jakarta.ws.rs.QueryParam;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** The parameters checked and parsed; {@code fields} names the item fields asked for (an embed or the body). */
    ArticleQuery query(LedeConfig.Api bounds, boolean admin, Selection fields) {
        PageRequest page = page(bounds);
        ArticleStatus state = ArticleQuery.statusOf(status, admin);
        SortKey order = ArticleQuery.sortOf(sort, state);
        Set<String> embeds = includes(include, fields);
        return new ArticleQuery(ArticleQuery.distinct("person", person), ArticleQuery.distinct("entity", entity),
                ArticleQuery.distinct("source", source), section == null ? null : section.trim(), ArticleQuery.distinct("tag", tag),
                language == null ? null : Languages.canonical("language", language), Params.instant("publishedAfter", publishedAfter),
                Params.instant("publishedBefore", publishedBefore), Params.instant("updatedSince", updatedSince),
                state, order, embeds, fields.has("body"), page);
    }

    /** The embeds an {@code include} parameter asks for, and those implied by fields naming them. */
    static Set<String> includes(List<String> include, Selection fields) {
        Selection parsed = Selection.parse("include", include, ArticleMapper.INCLUDES);
        Set<String> result = new HashSet<>();
        for (String name : ArticleMapper.INCLUDES) {
            String field = name.equals(ArticleMapper.SOURCE) ? "publisher" : name;
            if (parsed.has(name) || fields.has(field)) {
                result.add(name);
            }
        }
        return result;
    }
}
