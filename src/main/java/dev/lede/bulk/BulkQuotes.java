package dev.lede.bulk;

import dev.lede.article.Article;
import dev.lede.article.Quote;
import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.persistence.InLists;
import dev.lede.platform.resource.ResourceWrites;
import dev.lede.platform.resource.StoredState;
import dev.lede.platform.slug.Lookup;
import dev.lede.platform.slug.Slugger;
import dev.lede.platform.slug.SlugsInUse;
import dev.lede.platform.text.Slugs;
import dev.lede.quote.QuoteInput;
import dev.lede.quote.QuoteRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the quote lines of a bulk batch as {@code QuoteService} writes a quote (the same checks and messages; the
 * slug name, text, fragment and offset from {@link QuoteRules}, which both use) with the same change-log event, but
 * with what they refer to resolved for the whole batch: their articles (usually written by the lines just before),
 * speakers and slugs in a few queries instead of about five per quote. A test creates the same quote both ways and
 * compares them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BulkQuotes {
    private final EntityManager em;
    private final ResourceWrites writes;
    private final Slugger slugger;

    public BulkQuotes(EntityManager em, ResourceWrites writes, Slugger slugger) {
        this.em = em;
        this.writes = writes;
        this.slugger = slugger;
    }

    /** The article a quote is in: its id and its body paragraphs (where the quote's offset is found). */
    record Target(String id, List<String> body) {
    }

    /** What the quote lines of one batch refer to; articles written by the batch are added as they are written. */
    static final class Batch {
        private final Map<String, Target> articles;
        private final Map<String, String> people;
        private final Map<String, String> entities;
        private final SlugsInUse slugs;

        private Batch(Map<String, Target> articles, Map<String, String> people, Map<String, String> entities, SlugsInUse slugs) {
            this.articles = articles;
            this.people = people;
            this.entities = entities;
            this.slugs = slugs;
        }

        /** An article line of the batch was written: later quote lines may name it by id or slug. */
        void written(String id, String slug, List<String> body) {
            Target target = new Target(id, body == null ? List.of() : body);
            articles.put(id, target);
            articles.put(slug, target);
        }
    }

    /** Fetches the articles, speakers and slug use that these quotes name (none of it when there are no quotes). */
    Batch prepare(List<QuoteInput> quotes) {
        Set<String> articleKeys = new HashSet<>();
        Set<String> personKeys = new HashSet<>();
        Set<String> entityKeys = new HashSet<>();
        Set<String> candidates = new HashSet<>();
        for (QuoteInput quote : quotes) {
            articleKeys.add(quote.article().trim());
            if (quote.speaker() != null) {
                (quote.speaker().type().equals("person") ? personKeys : entityKeys).add(quote.speaker().id().trim());
            }
            candidates.add(quote.slug() != null ? quote.slug() : Slugs.fromText(QuoteRules.slugName(quote.text())));
        }
        return new Batch(articles(Lookup.findIds(em, ResourceType.article, "Article", articleKeys)),
                Lookup.findIds(em, ResourceType.person, "Person", personKeys),
                Lookup.findIds(em, ResourceType.entity, "NamedEntity", entityKeys),
                SlugsInUse.fetch(em, ResourceType.quote, "Quote", candidates, Quote::slugTaken));
    }

    /** The bodies of the articles named (key to id), without loading the articles into the persistence context. */
    private Map<String, Target> articles(Map<String, String> ids) {
        Map<String, List<String>> bodies = new HashMap<>();
        for (List<String> chunk : Lookup.chunks(new HashSet<>(ids.values()))) {
            InLists.query(em, "select a.id, a.body from Article a where a.id in :ids", Object[].class, "ids", chunk)
                    .getResultList().forEach(row -> bodies.put((String) row[0], castBody(row[1])));
        }
        Map<String, Target> articles = new HashMap<>();
        ids.forEach((key, id) -> articles.put(key, new Target(id, bodies.getOrDefault(id, List.of()))));
        return articles;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castBody(Object body) {
        return (List<String>) body;
    }

    void create(QuoteInput input, Batch batch) {
        writes.create(new Quote(), quote -> apply(quote, input, batch));
    }

    /** {@link #create} for an import: the quote keeps the id, timestamps, version and old slugs the export carried. */
    void restore(QuoteInput input, StoredState state, Batch batch) {
        writes.restore(new Quote(), state, quote -> apply(quote, input, batch), slug -> batch.slugs.inUse(slug, state.id()));
    }

    private void apply(Quote quote, QuoteInput input, Batch batch) {
        List<FieldError> errors = new ArrayList<>();
        Target article = known(batch.articles, input.article().trim(),
                key -> Lookup.find(ResourceType.article, key, Article::byId, Article::bySlug).map(a -> new Target(a.id, a.body)));
        if (article == null) {
            errors.add(new FieldError("article", "no article '" + input.article() + "'"));
        }
        String speakerPerson = null;
        String speakerEntity = null;
        if (input.speaker() != null) {
            String id = input.speaker().id().trim();
            if (input.speaker().type().equals("person")) {
                speakerPerson = known(batch.people, id, key -> Lookup.find(ResourceType.person, key, Person::byId, Person::bySlug).map(p -> p.id));
            } else {
                speakerEntity = known(batch.entities, id, key -> Lookup.find(ResourceType.entity, key, NamedEntity::byId, NamedEntity::bySlug).map(e -> e.id));
            }
            if (speakerPerson == null && speakerEntity == null) {
                errors.add(new FieldError("speaker.id", "no " + input.speaker().type() + " '" + id + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw Failure.invalidFields(errors);
        }
        quote.slug = slugger.choose(input.slug(), QuoteRules.slugName(input.text()), quote.id, slug -> batch.slugs.inUse(slug, quote.id));
        batch.slugs.claim(quote.slug, quote.id);
        quote.article = em.getReference(Article.class, article.id());
        quote.speakerPerson = speakerPerson == null ? null : em.getReference(Person.class, speakerPerson);
        quote.speakerEntity = speakerEntity == null ? null : em.getReference(NamedEntity.class, speakerEntity);
        QuoteRules.applyText(quote, input, article.body());
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
