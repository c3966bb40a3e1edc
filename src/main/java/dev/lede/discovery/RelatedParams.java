package dev.lede.discovery;

import dev.lede.platform.web.Params;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of the related views, read by hand so that each bad one is a 400 naming it. */
public class RelatedParams {
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    @QueryParam("publishedAfter")
    @Parameter(description = "Only articles published at or after this RFC 3339 date-time (a bare date is midnight UTC).",
            example = "2022-01-01T00:00:00Z")
    public String publishedAfter;

    @QueryParam("publishedBefore")
    @Parameter(description = "Only articles published before this RFC 3339 date-time (a bare date is midnight UTC).",
            example = "2023-01-01T00:00:00Z")
    public String publishedBefore;

    @QueryParam("limit")
    @Parameter(description = "At most this many, 1 to 100; 10 by default.", example = "10")
    public String limit;

    CoMentions.Window window() {
        return new CoMentions.Window(Params.instant("publishedAfter", publishedAfter), Params.instant("publishedBefore", publishedBefore));
    }

    int limit() {
        return Limits.parse(limit, DEFAULT_LIMIT, MAX_LIMIT);
    }
}
