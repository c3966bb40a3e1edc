package dev.lede.quote;

import dev.lede.article.Article;
import dev.lede.article.ArticleBody;
import dev.lede.article.Quote;
import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.slug.Lookup;
import dev.lede.platform.slug.Slugger;
import dev.lede.platform.text.Slugs;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What the quotes of one write refer to: their articles, speakers and the slugs in use. Every quote write goes through
 * one (a create of one quote, an ingest's dozen, a bulk batch's hundreds), so they share the checks, the messages and
 * the slugs by construction; what differs is only what is fetched ahead: {@link #of} fetches the slugs and looks the
 * references up as they are named (an ingest's article and speakers are in the persistence context already),
 * {@link #fetched} also fetches the references of the whole batch in a few queries (a bulk load clears the context
 * every few lines).
 */
public final class QuoteBatch {
    /** The article a quote is in: its id and its body paragraphs (where the quote's offset is found). */
    record Target(String id, List<String> body) {
    }

    private final Map<String, Target> articles;
    private final Map<String, String> people;
    private final Map<String, String> entities;
    /** Whether a slug is in use by another quote than the one given (by id). */
    private final BiPredicate<String, String> slugInUse;
    private final QuoteSlugs slugs;

    private QuoteBatch(Map<String, Target> articles, Map<String, String> people, Map<String, String> entities,
                       QuoteSlugs slugs, BiPredicate<String, String> slugInUse) {
        this.articles = articles;
        this.people = people;
        this.entities = entities;
        this.slugs = slugs;
        this.slugInUse = slugInUse;
    }

    /**
     * New quotes with these ids: their slugs fetched for all (the id-suffixed ones too, where the numbered ones run out),
     * what they refer to looked up as named.
     */
    static QuoteBatch of(EntityManager em, List<QuoteInput> inputs, List<String> ids) {
        List<String> derived = new ArrayList<>(); // ids of the quotes whose slug comes from their text, not a request
        for (int i = 0; i < inputs.size(); i++) {
            derived.add(inputs.get(i).slug() == null ? ids.get(i) : null);
        }
        QuoteSlugs slugs = QuoteSlugs.in(em).fetch(wantedSlugs(inputs), derived);
        return new QuoteBatch(new HashMap<>(), new HashMap<>(), new HashMap<>(), slugs, (slug, self) -> slugs.inUse(slug));
    }

    /** New quotes of a bulk batch: their slugs and everything they refer to fetched for all at once. */
    static QuoteBatch fetched(EntityManager em, List<QuoteInput> inputs) {
        Set<String> articleKeys = new HashSet<>();
        Set<String> personKeys = new HashSet<>();
        Set<String> entityKeys = new HashSet<>();
        for (QuoteInput quote : inputs) {
            articleKeys.add(quote.article().trim());
            if (quote.speaker() != null) {
                (quote.speaker().type().equals("person") ? personKeys : entityKeys).add(quote.speaker().id().trim());
            }
        }
        QuoteSlugs slugs = QuoteSlugs.in(em).fetch(wantedSlugs(inputs));
        return new QuoteBatch(articles(em, Lookup.findIds(em, ResourceType.article, "Article", articleKeys)),
                Lookup.findIds(em, ResourceType.person, "Person", personKeys),
                Lookup.findIds(em, ResourceType.entity, "NamedEntity", entityKeys), slugs, (slug, self) -> slugs.inUse(slug));
    }

    /** A stored quote changed: slugs are asked of the database, where the quote's own slug is not "in use". */
    static QuoteBatch ofStored() {
        return new QuoteBatch(new HashMap<>(), new HashMap<>(), new HashMap<>(), null,
                (slug, self) -> Quote.slugTaken(slug, self) || Slugger.redirectsElsewhere(ResourceType.quote, slug, self));
    }

    /** An article line of the batch was written: later quotes may name it by id or slug. */
    public void written(String id, String slug, List<String> body) {
        Target target = new Target(id, body == null ? List.of() : body);
        articles.put(id, target);
        articles.put(slug, target);
    }

    Target article(String key) {
        return known(articles, key, k -> Lookup.find(ResourceType.article, k, Article::byId, Article::bySlug)
                .map(a -> new Target(a.id, a.body())));
    }

    String person(String key) {
        return known(people, key, k -> Lookup.find(ResourceType.person, k, Person::byId, Person::bySlug).map(p -> p.id));
    }

    String entity(String key) {
        return known(entities, key, k -> Lookup.find(ResourceType.entity, k, NamedEntity::byId, NamedEntity::bySlug).map(e -> e.id));
    }

    boolean slugInUse(String slug, String quoteId) {
        return slugInUse.test(slug, quoteId);
    }

    /** A quote of the batch took this slug: later ones avoid it. */
    void claim(String slug) {
        if (slugs != null) {
            slugs.claim(slug);
        }
    }

    private static List<String> wantedSlugs(List<QuoteInput> inputs) {
        return inputs.stream().map(q -> q.slug() != null ? q.slug() : Slugs.fromText(QuoteRules.slugName(q.text()))).toList();
    }

    /** The bodies of the articles named (key to id), without loading the articles into the persistence context. */
    private static Map<String, Target> articles(EntityManager em, Map<String, String> ids) {
        Map<String, List<String>> bodies = new HashMap<>();
        for (List<String> chunk : Lookup.chunks(new HashSet<>(ids.values()))) {
            bodies.putAll(ArticleBody.of(em, chunk));
        }
        Map<String, Target> articles = new HashMap<>();
        ids.forEach((key, id) -> articles.put(key, new Target(id, bodies.getOrDefault(id, List.of()))));
        return articles;
    }

    /** A key fetched with the batch, or looked up alone (and remembered when found). */
    private static <T> T known(Map<String, T> known, String key, Function<String, Optional<T>> lookup) {
        T value = known.get(key);
        if (value == null) {
            value = lookup.apply(key).orElse(null);
            if (value != null) {
                known.put(key, value);
            }
        }
        return value;
    }
}
