package dev.lede.quote;

import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.security.Entitlements;
import dev.lede.platform.web.ListParams;
import dev.lede.platform.web.Params;
import jakarta.ws.rs.QueryParam;

/** Query parameters of quote lists; documented in META-INF/api-docs/parameters.json, as every list's. */
public class QuoteParams extends ListParams {
    @QueryParam("person") public String person;
    @QueryParam("entity") public String entity;
    @QueryParam("article") public String article;
    @QueryParam("fragments") public String fragments;
    @QueryParam("sort") public String sort;
    @QueryParam("q") public String q;
    @QueryParam("highlight") public String highlight;

    /** The parameters checked and parsed; an article's own quote list sorts by position unless asked otherwise. */
    QuoteQuery query(LedeConfig.Api bounds, boolean ofOneArticle, Entitlements entitlements) {
        PageRequest page = page(bounds);
        // sort=relevance is the search's own order (QuoteSearchQuery); the list's default stands in for it here.
        SortKey order = SortKey.parse(q != null && "relevance".equals(sort) ? null : sort, QuoteQuery.defaultSort(ofOneArticle), QuoteQuery.SORTS);
        return new QuoteQuery(person, entity, article, fragments == null || Params.bool("fragments", fragments), order, page,
                entitlements);
    }

    /** The search part of the list: null without q. */
    QuoteSearchQuery search() {
        return QuoteSearchQuery.parse(q, sort, highlight);
    }
}
