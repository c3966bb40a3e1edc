package dev.lede.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as records Jackson writes: {@code version}, {@code title},
 * {@code home_page_url}, {@code feed_url}; items with {@code id} ({@code urn:uuid:<article id>}), {@code url},
 * {@code content_html} (the full text when asked for, else the standfirst, with the correction notices),
 * {@code summary}, RFC 3339 {@code date_published} and {@code date_modified}, bylines as {@code authors}, section,
 * tags and the names of the people and entities as {@code tags}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
                @JsonProperty("feed_url") String feedUrl, String description, String language, List<Author> authors,
                List<Item> items) {
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Author(String name, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String id, String url, String title, @JsonProperty("content_html") String contentHtml, String summary,
                String image, @JsonProperty("date_published") Instant datePublished,
                @JsonProperty("date_modified") Instant dateModified, List<Author> authors, List<String> tags,
                String language) {
    }

    static JsonFeed of(Feed feed) {
        return new JsonFeed(VERSION, feed.title(), feed.homeUrl(), feed.selfUrl(), feed.description(), feed.language(),
                List.of(new Author(feed.generator(), null)), feed.items().stream().map(JsonFeed::item).toList());
    }

    private static Item item(Feed.Item item) {
        List<String> tags = new ArrayList<>();
        item.categories().forEach(c -> tags.add(c.label() != null ? c.label() : c.term()));
        return new Item("urn:uuid:" + item.id(), item.url(), item.title(),
                item.contentHtml() != null ? item.contentHtml() : item.summaryHtml(), item.summaryText(), item.image(),
                item.published(), item.updated(),
                item.authors().isEmpty() ? null : item.authors().stream().map(a -> new Author(a.name(), a.url())).toList(),
                tags.isEmpty() ? null : List.copyOf(tags), item.language());
    }
}
