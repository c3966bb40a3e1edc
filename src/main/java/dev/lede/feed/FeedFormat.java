package dev.lede.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;

/** The three syndication formats: each one's media type and how a {@link Feed} is written in it, as UTF-8 bytes. */
enum FeedFormat {
    RSS("application/rss+xml"),
    ATOM("application/atom+xml"),
    JSON("application/feed+json");

    final String mediaType;

    FeedFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type with its charset, as the Content-Type of a response. */
    String contentType() {
        return mediaType + ";charset=UTF-8";
    }

    byte[] write(Feed feed, ObjectWriter json) {
        return switch (this) {
            case RSS -> xml(RssFormat.channel(feed));
            case ATOM -> xml(AtomFormat.feed(feed));
            case JSON -> json(JsonFeed.of(feed), json);
        };
    }

    private static byte[] xml(WireFeed feed) {
        try {
            return new WireFeedOutput().outputString(feed, false).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("a feed could not be written", e);
        }
    }

    private static byte[] json(JsonFeed feed, ObjectWriter writer) {
        try {
            return writer.writeValueAsBytes(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed could not be written", e);
        }
    }
}
