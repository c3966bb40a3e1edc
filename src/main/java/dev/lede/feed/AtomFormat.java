package dev.lede.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.Date;
import java.util.List;

/**
 * Atom 1.0 (RFC 4287) through ROME's wire model: the feed's id (its own URL), {@code updated} and self link; the
 * site as the feed's author, which RFC 4287 requires of every entry without one of its own (an article without a
 * byline); each entry's id {@code urn:uuid:<article id>}, its alternate link, {@code published} and {@code updated},
 * bylines as authors (with the person's API URL), categories with a {@code scheme} and {@code label} for the people and
 * entities, the standfirst and correction notices as an HTML summary and the full text as HTML content.
 */
final class AtomFormat {
    private AtomFormat() {
    }

    static com.rometools.rome.feed.atom.Feed feed(Feed source) {
        com.rometools.rome.feed.atom.Feed feed = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setId(source.selfUrl());
        feed.setTitle(source.title());
        feed.setSubtitle(text(Content.TEXT, source.description()));
        feed.setUpdated(Date.from(source.updated()));
        feed.setLanguage(source.language());
        feed.setAlternateLinks(List.of(link("alternate", source.homeUrl(), "application/json")));
        feed.setOtherLinks(List.of(link("self", source.selfUrl(), FeedFormat.ATOM.mediaType)));
        feed.setAuthors(List.of(person(source.generator(), null)));
        Generator generator = new Generator();
        generator.setValue(source.generator());
        feed.setGenerator(generator);
        feed.setEntries(source.items().stream().map(AtomFormat::entry).toList());
        return feed;
    }

    private static Entry entry(Feed.Item item) {
        Entry entry = new Entry();
        entry.setId("urn:uuid:" + item.id());
        entry.setTitle(item.title());
        entry.setAlternateLinks(List.of(link("alternate", item.url(), null)));
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        entry.setAuthors(item.authors().stream().map(a -> person(a.name(), a.url())).toList());
        entry.setCategories(item.categories().stream().map(AtomFormat::category).toList());
        if (!item.summaryHtml().isEmpty()) {
            entry.setSummary(text(Content.HTML, item.summaryHtml()));
        }
        if (item.contentHtml() != null) {
            entry.setContents(List.of(text(Content.HTML, item.contentHtml())));
        }
        return entry;
    }

    private static Content text(String type, String value) {
        Content content = new Content();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(String name, String uri) {
        Person person = new Person();
        person.setName(name);
        person.setUri(uri);
        return person;
    }

    private static Category category(Feed.Category source) {
        Category category = new Category();
        category.setTerm(source.term());
        category.setScheme(source.scheme());
        category.setLabel(source.label());
        return category;
    }
}
