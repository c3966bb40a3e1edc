package dev.lede.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
            case RSS -> xml(RssFormat.channel(feed), feed);
            case ATOM -> xml(AtomFormat.feed(feed), feed);
            case JSON -> json(JsonFeed.of(feed), json);
        };
    }

    /**
     * ROME's document written straight into one buffer as UTF-8, sized for the feed ahead: not through
     * {@code outputString}, whose growing StringWriter, String and encoded copy held each full-text feed four times over.
     */
    private static byte[] xml(WireFeed wire, Feed feed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(expectedBytes(feed));
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new WireFeedOutput().output(wire, out, false);
        } catch (FeedException e) {
            throw new IllegalStateException("a feed could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException("writing in memory", e);
        }
        return bytes.toByteArray();
    }

    /** About what the feed takes written: its texts, a tenth more for the markup the escaping adds, and the envelope. */
    static int expectedBytes(Feed feed) {
        long chars = 4096;
        for (Feed.Item item : feed.items()) {
            chars += 1024 + item.summaryHtml().length() + (item.contentHtml() == null ? 0 : item.contentHtml().length());
        }
        return (int) Math.min(Integer.MAX_VALUE - 8, chars + chars / 10);
    }

    private static byte[] json(JsonFeed feed, ObjectWriter writer) {
        try {
            return writer.writeValueAsBytes(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed could not be written", e);
        }
    }
}
