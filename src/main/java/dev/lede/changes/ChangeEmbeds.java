package dev.lede.changes;

import dev.lede.article.ArticleService;
import dev.lede.entity.EntityService;
import dev.lede.person.PersonService;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.security.Entitlements;
import dev.lede.quote.QuoteService;
import dev.lede.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * include=resource: each event with its resource as a single GET of it returns now (what this caller may see), or a
 * tombstone. Each distinct resource of a page is read once, through its feature's own single read: a fixed number of
 * statements per resource, which is why a page that embeds holds at most {@link ChangeParams#MAX_LIMIT_WITH_RESOURCE}.
 */
@ApplicationScoped
public class ChangeEmbeds {
    private final ArticleService articles;
    private final QuoteService quotes;
    private final PersonService people;
    private final EntityService entities;
    private final SourceService sources;

    ChangeEmbeds(ArticleService articles, QuoteService quotes, PersonService people, EntityService entities,
                 SourceService sources) {
        this.articles = articles;
        this.quotes = quotes;
        this.people = people;
        this.entities = entities;
        this.sources = sources;
    }

    public List<ChangeEventView> embed(List<ChangeEventView> events, boolean admin) {
        return embed(events, admin, Entitlements.ALL);
    }

    /** Each event with its resource as a reader with these entitlements reads it (one outside is a tombstone). */
    public List<ChangeEventView> embed(List<ChangeEventView> events, boolean admin, Entitlements entitled) {
        Map<String, Object> current = new HashMap<>();
        return events.stream().map(event -> event.with(current.computeIfAbsent(event.type() + "/" + event.id(),
                key -> read(event.type(), event.id(), admin, entitled)))).toList();
    }

    private Object read(ResourceType type, String id, boolean admin, Entitlements entitled) {
        try {
            return switch (type) {
                case article -> articles.get(id, admin, false, entitled, Set.of());
                case quote -> quotes.get(id, admin, entitled);
                case person -> people.get(id);
                case entity -> entities.get(id);
                case source -> sources.get(id);
            };
        } catch (Failure unavailable) {
            return ChangeTombstone.of(unavailable);
        }
    }
}
