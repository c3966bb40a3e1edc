package dev.lede.quote;

import dev.lede.platform.web.ListParams;
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
}
