package dev.lede.webhook;

import dev.lede.article.ArticleRefs;
import dev.lede.article.ArticleService;
import dev.lede.article.ArticleView;
import dev.lede.changes.ChangeEventView;
import dev.lede.keys.ApiKeyService;
import dev.lede.keys.KeyView;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.security.Entitlements;
import dev.lede.quote.QuoteService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which public events a subscription is sent: the one place that decides, with the entitlements of its key. Types
 * and ops first; then person, entity, source, section and tag, all of those given, against the article (or the quote's
 * article) as it is stored when the event is delivered. An article or quote that no longer exists cannot be matched, so
 * its deletion goes to every subscription of its type and op: a partner must hear of it to remove its copy.
 */
@ApplicationScoped
class WebhookFilter {
    /** What a subscription asks for (narrowing values are ids or slugs; section and tag are compared ignoring case). */
    record Criteria(Set<ResourceType> types, Set<ChangeOp> ops, String person, String entity, String source,
                    String section, String tag, String key) {
        boolean narrowed() {
            return Stream.of(person, entity, source, section, tag).anyMatch(value -> value != null);
        }
    }

    /** The lastError of a subscription whose key was revoked (it is marked failing: nothing is sent). */
    static final String KEY_REVOKED = "its key is revoked: nothing is sent until it is bound to another key or unbound (PATCH key)";

    private final ArticleService articles;
    private final QuoteService quotes;
    private final ApiKeyService keys;

    WebhookFilter(ArticleService articles, QuoteService quotes, ApiKeyService keys) {
        this.articles = articles;
        this.quotes = quotes;
        this.keys = keys;
    }

    /**
     * What a subscription may be sent, read when its events are matched (so a key's revocation or new entitlements
     * apply from its next turn): everything public without a key, else what its key is entitled to (the change feed
     * leaves out the events of articles outside, and embeds what the key may read); empty once the key is revoked.
     */
    Optional<Entitlements> entitlements(Criteria criteria) {
        if (criteria.key() == null) {
            return Optional.of(Entitlements.ALL);
        }
        try {
            KeyView key = keys.get(criteria.key());
            return key.revokedAt() == null ? Optional.of(key.entitlements()) : Optional.empty();
        } catch (Failure gone) {
            if (gone.kind() == Failure.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw gone;
        }
    }

    /** Whether this public event (its type already among the subscription's) is one to send. */
    boolean matches(Criteria criteria, ChangeEventView event) {
        if (!criteria.types().contains(event.type()) || !criteria.ops().contains(event.op())) {
            return false;
        }
        if (!criteria.narrowed()) {
            return true;
        }
        try {
            String articleId = event.type() == ResourceType.quote ? quotes.get(event.id(), true).article().id() : event.id();
            return matches(criteria, articles.get(articleId, true, Set.of()));
        } catch (Failure gone) {
            return gone.kind() == Failure.Kind.NOT_FOUND;
        }
    }

    private static boolean matches(Criteria criteria, ArticleView article) {
        return (criteria.person() == null || Stream.concat(
                        each(article.people()).map(p -> new String[] {p.id(), p.slug()}),
                        each(article.bylines()).map(b -> new String[] {b.id(), b.slug()}))
                        .anyMatch(ref -> named(criteria.person(), ref[0], ref[1])))
                && (criteria.entity() == null || each(article.entities())
                        .anyMatch(ref -> named(criteria.entity(), ref.id(), ref.slug())))
                && (criteria.source() == null || sources(article).anyMatch(ref -> named(criteria.source(), ref[0], ref[1])))
                && (criteria.section() == null || criteria.section().equalsIgnoreCase(article.section()))
                && (criteria.tag() == null || each(article.tags()).anyMatch(criteria.tag()::equalsIgnoreCase));
    }

    private static Stream<String[]> sources(ArticleView article) {
        Stream<String[]> publisher = article.publisher() == null ? Stream.empty()
                : Stream.<String[]>of(new String[] {article.publisher().id(), article.publisher().slug()});
        return Stream.concat(publisher, each(article.credits()).map((ArticleRefs.CreditRef c) -> new String[] {c.id(), c.slug()}));
    }

    private static boolean named(String wanted, String id, String slug) {
        return wanted.equals(id) || wanted.equals(slug);
    }

    private static <T> Stream<T> each(java.util.List<T> values) {
        return values == null ? Stream.empty() : values.stream();
    }
}
