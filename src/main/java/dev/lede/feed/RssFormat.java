package dev.lede.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * RSS 2.0 through ROME's wire model: the channel's required title, link and description, RFC 822 dates (ROME writes
 * them), a guid that is not a permalink ({@code urn:uuid:<article id>}, stable when the slug or URL changes), bylines
 * as {@code dc:creator} (RSS's own {@code author} must be an e-mail address), categories with a {@code domain} for the
 * people and entities, the standfirst and correction notices as the HTML description, and the full text as
 * {@code content:encoded}.
 */
final class RssFormat {
    private RssFormat() {
    }

    static Channel channel(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(feed.title());
        channel.setLink(feed.homeUrl());
        channel.setDescription(feed.description());
        channel.setLanguage(feed.language());
        channel.setGenerator(feed.generator());
        channel.setLastBuildDate(Date.from(feed.updated()));
        channel.setDocs("https://www.rssboard.org/rss-specification");
        channel.setItems(feed.items().stream().map(RssFormat::item).toList());
        return channel;
    }

    private static Item item(Feed.Item source) {
        Item item = new Item();
        item.setTitle(source.title());
        item.setLink(source.url());
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue("urn:uuid:" + source.id());
        item.setGuid(guid);
        item.setPubDate(Date.from(source.published()));
        if (!source.summaryHtml().isEmpty()) {
            Description description = new Description();
            description.setType(Content.HTML);
            description.setValue(source.summaryHtml());
            item.setDescription(description);
        }
        if (source.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(source.contentHtml());
            item.setContent(content);
        }
        item.setCategories(source.categories().stream().map(RssFormat::category).toList());
        if (!source.authors().isEmpty()) {
            DCModule dc = new DCModuleImpl();
            dc.setCreators(source.authors().stream().map(Feed.Author::name).toList());
            List<Module> modules = new ArrayList<>(item.getModules());
            modules.add(dc);
            item.setModules(modules);
        }
        return item;
    }

    private static Category category(Feed.Category source) {
        Category category = new Category();
        category.setValue(source.label() != null ? source.label() : source.term());
        category.setDomain(source.scheme());
        return category;
    }
}
