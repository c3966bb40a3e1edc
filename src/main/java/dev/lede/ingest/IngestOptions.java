package dev.lede.ingest;

import dev.lede.platform.web.Params;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of every ingest, whatever the page's media type: what to do with the page once extracted. */
public record IngestOptions(
        @QueryParam("dryRun") @Parameter(description = "Extract and show, store nothing.", example = "false") String dryRun,
        @QueryParam("publish") @Parameter(description = "Publish the new article at once.", example = "false") String publish) {

    boolean dryRunAsked() {
        return Params.bool("dryRun", dryRun);
    }

    boolean publishAsked() {
        return Params.bool("publish", publish);
    }
}
