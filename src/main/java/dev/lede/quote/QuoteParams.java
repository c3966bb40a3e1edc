package dev.lede.quote;

import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.web.ListParams;
import dev.lede.platform.web.Params;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of quote lists. */
public class QuoteParams extends ListParams {
    @QueryParam("person")
    @Parameter(description = "Only quotes spoken by this person (id or slug).", example = "john-kirby")
    public String person;

    @QueryParam("entity")
    @Parameter(description = "Only quotes spoken by this entity (id or slug).", example = "united-states")
    public String entity;

    @QueryParam("article")
    @Parameter(description = "Only quotes from this article (id or slug).")
    public String article;

    @QueryParam("fragments")
    @Parameter(description = "false leaves out scare quotes (fragments); default true.", example = "true")
    public String fragments;

    @QueryParam("sort")
    @Parameter(description = "Sort order: -createdAt (default), createdAt, offset (position in the article). Ties break on id.",
            example = "-createdAt")
    public String sort;

    /** The parameters checked and parsed; an article's own quote list sorts by position unless asked otherwise. */
    QuoteQuery query(LedeConfig.Api bounds, boolean ofOneArticle) {
        PageRequest page = page(bounds);
        SortKey order = SortKey.parse(sort, QuoteQuery.defaultSort(ofOneArticle), QuoteQuery.SORTS);
        return new QuoteQuery(person, entity, article, fragments == null || Params.bool("fragments", fragments), order, page);
    }
}
