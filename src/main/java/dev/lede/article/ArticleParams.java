package dev.lede.article;

import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.security.Entitlements;
import dev.lede.platform.text.Languages;
import dev.lede.platform.web.ListParams;
import dev.lede.platform.web.Params;
import dev.lede.platform.web.Selection;
import jakarta.ws.rs.QueryParam;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Query parameters of article lists. Different filters combine with AND; repeating one means OR. Documented in
 * META-INF/api-docs/parameters.json, as every list's.
 */
public class ArticleParams extends ListParams {
    @QueryParam("person") public List<String> person;
    @QueryParam("entity") public List<String> entity;
    @QueryParam("source") public List<String> source;
    @QueryParam("section") public String section;
    @QueryParam("tag") public List<String> tag;
    @QueryParam("language") public String language;
    @QueryParam("publishedAfter") public String publishedAfter;
    @QueryParam("publishedBefore") public String publishedBefore;
    @QueryParam("updatedSince") public String updatedSince;
    @QueryParam("status") public String status;
    @QueryParam("sort") public String sort;
    @QueryParam("include") public List<String> include;
    @QueryParam("q") public String q;
    @QueryParam("highlight") public String highlight;
    @QueryParam("facets") public List<String> facets;
    @QueryParam("facetLimit") public String facetLimit;
    @QueryParam("format") public String format;

    /** What the OpenAPI document says of {@code format}: the FuzzIT reads the comma list as its allowed values. */
    static final String FORMAT = "The representation, which wins over Accept: json, ninjs.";

    /** The parameters checked and parsed; {@code fields} names the item fields asked for (an embed or the body). */
    ArticleQuery query(LedeConfig.Api bounds, boolean admin, Entitlements entitlements, Selection fields) {
        PageRequest page = page(bounds);
        ArticleStatus state = ArticleQuery.statusOf(status, admin);
        // sort=relevance is the search's own order (ArticleSearchQuery); the list's default stands in for it here.
        SortKey order = ArticleQuery.sortOf(q != null && "relevance".equals(sort) ? null : sort, state);
        Set<String> embeds = includes(include, fields);
        return new ArticleQuery(ArticleQuery.distinct("person", person), ArticleQuery.distinct("entity", entity),
                ArticleQuery.distinct("source", source), section == null ? null : section.trim(), ArticleQuery.distinct("tag", tag),
                language == null ? null : Languages.canonical("language", language), Params.instant("publishedAfter", publishedAfter),
                Params.instant("publishedBefore", publishedBefore), Params.instant("updatedSince", updatedSince),
                state, order, embeds, fields.has("body"), page, entitlements);
    }

    /** The search part of the list: null without q (then the search parameters are refused). */
    ArticleSearchQuery search() {
        return ArticleSearchQuery.parse(q, sort, highlight, facets, facetLimit);
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
