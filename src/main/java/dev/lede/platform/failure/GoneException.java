package dev.lede.platform.failure;

import java.time.Instant;
import java.util.List;

/** A withdrawn article: 410 Gone with its withdrawal notice, so partners know to take it down. */
public class GoneException extends ApiException {
    public GoneException(String articleId, Instant withdrawnAt, String reason) {
        super(410, "withdrawn", "Withdrawn", "This article was withdrawn: " + reason, List.of(),
                Problem.ext("id", articleId, "withdrawnAt", withdrawnAt.toString(), "reason", reason));
    }
}
