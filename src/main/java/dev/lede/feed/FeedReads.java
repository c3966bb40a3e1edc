package dev.lede.feed;

import dev.lede.article.PublishedArticles;
import dev.lede.entity.EntityService;
import dev.lede.person.PersonService;
import dev.lede.platform.cache.ListScope;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.security.Entitlements;
import dev.lede.platform.text.Languages;
import dev.lede.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads what a feed shows: the person, entity or source its path names (an old slug answers 301, an unknown one
 * 404, as their article lists do), then the newest published articles of its filters, built into a {@link Feed}.
 */
@ApplicationScoped
class FeedReads {
    private final PublishedArticles articles;
    private final PersonService people;
    private final EntityService entities;
    private final SourceService sources;
    private final FeedBuilder builder;

    FeedReads(PublishedArticles articles, PersonService people, EntityService entities, SourceService sources, LedeConfig config) {
        this.articles = articles;
        this.people = people;
        this.entities = entities;
        this.sources = sources;
        this.builder = new FeedBuilder(config.feeds().baseUrl(), config.feeds().title());
    }

    /** The feed and the lists it belongs to; {@code type} null for all articles, else the type of {@code key}. */
    Read read(ResourceType type, String key, FeedParams params, Entitlements entitlements, String selfPath) {
        boolean fullText = params.withFullText();
        Feed.Subject subject = type == null ? null : subject(type, key);
        PublishedArticles.Listed listed = articles.newest(params.filters(), type, subject == null ? null : subject.id(),
                entitlements, fullText);
        String language = params.language == null ? null : Languages.canonical("language", params.language);
        return new Read(builder.feed(subject, selfPath, language, listed.articles(), fullText), listed.scope());
    }

    record Read(Feed feed, ListScope scope) {
    }

    private Feed.Subject subject(ResourceType type, String key) {
        return switch (type) {
            case person -> {
                var view = people.get(key);
                yield new Feed.Subject(view.id(), view.slug(), view.name(), "people");
            }
            case entity -> {
                var view = entities.get(key);
                yield new Feed.Subject(view.id(), view.slug(), view.name(), "entities");
            }
            case source -> {
                var view = sources.get(key);
                yield new Feed.Subject(view.id(), view.slug(), view.name(), "sources");
            }
            default -> throw new IllegalArgumentException(type.name());
        };
    }
}
