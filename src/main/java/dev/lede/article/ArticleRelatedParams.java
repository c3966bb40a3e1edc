package dev.lede.article;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.web.Params;
import dev.lede.platform.web.Selection;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code GET /v1/articles/{idOrSlug}/related}, read by hand so that each bad one is a 400 naming it. */
public class ArticleRelatedParams {
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    @QueryParam("limit")
    @Parameter(description = "At most this many related articles, 1 to 50; 10 by default.", example = "10")
    public String limit;

    @QueryParam("status")
    @Parameter(description = "With an API key: the related articles in this state (published by default; draft, withdrawn, "
            + "killed, taken_down, embargoed, or all). Without a key only published ones are related.", example = "published")
    public String status;

    @QueryParam("fields")
    @Parameter(description = "Comma-separated (or repeated) fields to return for each article; id is always returned. "
            + "Naming body or an embed returns it.")
    public List<String> fields;

    @QueryParam("include")
    @Parameter(description = "Embeds for each article, comma-separated (or repeated): source, credits, bylines, people, "
            + "entities, quotes.")
    public List<String> include;

    /** Checked first, as every list checks them: {@code fields} names the members of an article. */
    Selection fields(Set<String> members) {
        return Selection.parse("fields", fields, members);
    }

    /** The embeds asked for by include or implied by fields, as in a list. */
    Set<String> include(Selection fields) {
        return ArticleParams.includes(include, fields);
    }

    ArticleStatus status(boolean admin) {
        return ArticleQuery.statusOf(status, admin);
    }

    int limit() {
        int parsed = limit == null ? DEFAULT_LIMIT : Params.integer("limit", limit);
        if (parsed < 1 || parsed > MAX_LIMIT) {
            throw Failure.invalid("limit", "must be between 1 and " + MAX_LIMIT + " but got " + parsed);
        }
        return parsed;
    }
}
