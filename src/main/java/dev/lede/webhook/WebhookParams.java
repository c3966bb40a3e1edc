package dev.lede.webhook;

import dev.lede.changes.ChangeCursor;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.web.PageLinks;
import dev.lede.platform.web.Params;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The webhooks' query parameters, checked at the edge (each bad one is a 400 naming it), and their pages. */
final class WebhookParams {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;
    private static final String PREFIX = "w1:";

    private WebhookParams() {
    }

    static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        int limit = Params.integer("limit", raw);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Failure.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    /** The id a page cursor continues after (before, for deliveries, newest first); null without one. */
    static String after(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII);
            if (cursor.length() <= 80 && text.startsWith(PREFIX) && text.substring(PREFIX.length()).matches("[0-9a-f-]{1,36}")) {
                return text.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException malformed) {
            // refused below
        }
        throw Failure.invalid("cursor", "malformed cursor; use meta.nextCursor of the previous page as is");
    }

    static long since(String since) {
        if (since == null) {
            throw Failure.invalid("since", "required: a change-feed cursor to replay after");
        }
        return ChangeCursor.seqOf(since);
    }

    static <T> Page<T> page(WebhookService.Listing<T> listing, int limit, UriInfo uri) {
        String next = listing.next() == null ? null : Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + listing.next()).getBytes(StandardCharsets.US_ASCII));
        return new Page<>(listing.items(), new Page.Meta(limit, next, null), PageLinks.of(uri, next));
    }
}
