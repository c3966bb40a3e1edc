package dev.lede.quote;

import dev.lede.article.Article;
import dev.lede.article.Quote;
import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.persistence.Ids;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.ResourceWrites;
import dev.lede.platform.resource.RetriedOnUniqueConflict;
import dev.lede.platform.resource.StoredState;
import dev.lede.platform.slug.Lookup;
import dev.lede.platform.slug.Slugger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Quote writes, one path for every writer: the API creates a batch of one, an ingest the quotes it found, a bulk load
 * the quote lines of a batch, the seed its curated quotes. Each quote is checked, given its slug and logged as
 * "created" by one method ({@code insert}); a {@link QuoteBatch} only decides what is fetched ahead.
 */
@ApplicationScoped
@Transactional
public class QuoteWriteService {
    @Inject EntityManager em;
    @Inject ResourceWrites writes;
    @Inject Slugger slugger;

    /**
     * Creates one quote (the API's create): a batch of one, retried on a lost race for its slug. An editor added it, so
     * it is the editor's like an edited one: a re-ingest of its article's page leaves it (see {@link #revise}).
     */
    @RetriedOnUniqueConflict
    public QuoteView create(QuoteInput input) {
        return QuoteView.of(writes.create(new Quote(), quote -> {
            apply(quote, input, QuoteBatch.of(em, List.of(input), List.of(quote.id)));
            quote.editedAt = Times.now();
        }));
    }

    /**
     * Creates several quotes in order (an ingest stores a dozen) with the slugs of all fetched together: a few
     * statements for the batch and its inserts in one JDBC batch, instead of about eight per quote.
     */
    public List<String> createAll(List<QuoteInput> inputs) {
        return insertAll(inputs, false);
    }

    /** {@link #createAll} for the quotes an ingest found on a page: each remembers the text the page gave it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createFromPage(List<QuoteInput> inputs) {
        insertAll(inputs, true);
    }

    private List<String> insertAll(List<QuoteInput> inputs, boolean fromPage) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        // the ids first: the slugs of the whole batch, down to the id-suffixed ones, are then asked before any insert
        List<String> ids = inputs.stream().map(input -> Ids.newId()).toList();
        QuoteBatch batch = QuoteBatch.of(em, inputs, ids);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            QuoteInput input = inputs.get(i);
            Quote fresh = new Quote();
            fresh.id = ids.get(i);
            created.add(writes.create(fresh, quote -> {
                apply(quote, input, batch);
                quote.pageText = fromPage ? quote.text : null;
            }).id);
        }
        return created;
    }

    /**
     * The quotes of an article become these (an ingest's new version of the article's page), matched by the text the
     * page gave each: a stored quote whose page text is among them stays, rewritten only when its speaker, fragment or
     * offset moved (keeping an editor's review when its speaker did not change); the stored ones whose text is gone
     * are deleted; the rest are created. A quote an editor changed through the API is the editor's: it is never
     * rewritten, and kept while the article's new body still holds its text. Each write logs its own event, as the
     * API's would.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revise(String articleId, List<QuoteInput> inputs) {
        // one stored quote per quote of the page: a text said twice (a pull quote) is two quotes, kept or gone alike
        Map<String, ArrayDeque<Quote>> stored = new LinkedHashMap<>();
        Quote.<Quote>list("article.id", articleId).forEach(quote -> stored.computeIfAbsent(
                quote.pageText != null ? quote.pageText : quote.text, text -> new ArrayDeque<>()).add(quote));
        List<QuoteInput> fresh = new ArrayList<>();
        Map<String, ArrayDeque<Quote>> editedTexts = new LinkedHashMap<>(); // what editors made of quotes, by their text
        stored.values().forEach(quotes -> quotes.stream().filter(quote -> quote.editedAt != null)
                .forEach(quote -> editedTexts.computeIfAbsent(quote.text, text -> new ArrayDeque<>()).add(quote)));
        for (QuoteInput input : inputs) {
            ArrayDeque<Quote> same = stored.get(input.text().strip());
            Quote kept = same == null ? null : same.poll();
            if (kept != null) {
                editedTexts.values().forEach(quotes -> quotes.remove(kept));
            }
            // a page that now says what an editor made a quote say has that quote, not a copy of it
            if (kept == null && pollMatching(editedTexts, input.text().strip(), stored) == null) {
                fresh.add(input);
            } else if (kept != null && kept.editedAt == null && moved(kept, input)) {
                boolean sameSpeaker = Objects.equals(speakerId(kept), input.speaker() == null ? null : input.speaker().id());
                boolean reviewed = kept.needsReview;
                writes.replace(() -> kept, ExpectedVersion.any(), quote -> {
                    apply(quote, input, QuoteBatch.ofStored());
                    quote.needsReview = sameSpeaker ? reviewed : quote.needsReview;
                });
            }
        }
        String body = String.join("\n\n", em.find(Article.class, articleId).body());
        stored.values().forEach(left -> left.stream().filter(quote -> quote.editedAt == null || !body.contains(quote.text))
                .forEach(gone -> writes.delete(() -> gone, ExpectedVersion.any(), false)));
        createFromPage(fresh);
    }

    /** An edited quote whose text is this one, taken out of both maps (it is matched once). */
    private static Quote pollMatching(Map<String, ArrayDeque<Quote>> editedTexts, String text,
            Map<String, ArrayDeque<Quote>> stored) {
        ArrayDeque<Quote> candidates = editedTexts.get(text);
        Quote edited = candidates == null ? null : candidates.poll();
        if (edited != null) {
            stored.values().forEach(quotes -> quotes.remove(edited));
        }
        return edited;
    }

    private static boolean moved(Quote quote, QuoteInput input) {
        return !Objects.equals(speakerId(quote), input.speaker() == null ? null : input.speaker().id())
                || (input.fragment() != null && input.fragment() != quote.fragment)
                || (input.offset() != null && !input.offset().equals(quote.offset));
    }

    private static String speakerId(Quote quote) {
        return quote.speakerPerson != null ? quote.speakerPerson.id : quote.speakerEntity != null ? quote.speakerEntity.id : null;
    }

    /** What the quotes of a bulk batch refer to, fetched for all of them at once. */
    public QuoteBatch prepare(List<QuoteInput> inputs) {
        return QuoteBatch.fetched(em, inputs);
    }

    /** The one create: checks the references, chooses the slug, stores the quote and logs "created". */
    @Transactional(Transactional.TxType.MANDATORY)
    public void create(QuoteInput input, QuoteBatch batch) {
        insert(input, batch);
    }

    private Quote insert(QuoteInput input, QuoteBatch batch) {
        return writes.create(new Quote(), quote -> apply(quote, input, batch));
    }

    /**
     * {@link #create(QuoteInput, QuoteBatch)} for an import: the quote keeps the id, times, version and old slugs
     * exported, and its curation (page text, when an editor changed it), so a re-ingest after the import still leaves
     * editors' fixes as they are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restore(QuoteInput input, StoredState state, QuoteBatch batch) {
        writes.restore(new Quote(), state, quote -> {
            apply(quote, input, batch);
            quote.pageText = state.pageText();
            quote.editedAt = state.editedAt() == null ? null : Times.stored(state.editedAt());
        }, slug -> batch.slugInUse(slug, state.id()));
        // its old slugs now redirect to it: later quotes of the batch must not take them (the batch asked before)
        state.oldSlugsOrNone().forEach(batch::claim);
    }

    /** An editor's PUT: the quote is the editor's from now on (a re-ingest of its page leaves it as it is). */
    public QuoteView replace(String key, ExpectedVersion expected, QuoteInput input) {
        return QuoteView.of(writes.replace(() -> resolve(key), expected, quote -> edit(quote, input)));
    }

    /** A merge patch: the caller's change to the current write model (validated like a PUT body), in one transaction. */
    public QuoteView patch(String key, ExpectedVersion expected, UnaryOperator<QuoteInput> change) {
        return QuoteView.of(writes.patch(() -> resolve(key), expected, QuoteInput::of, change, this::edit));
    }

    private void edit(Quote quote, QuoteInput input) {
        apply(quote, input, QuoteBatch.ofStored());
        quote.editedAt = Times.now();
    }

    public void delete(String key, ExpectedVersion expected) {
        writes.delete(() -> resolve(key), expected, false); // nothing refers to a quote
    }

    private void apply(Quote quote, QuoteInput input, QuoteBatch batch) {
        List<FieldError> errors = new ArrayList<>();
        QuoteBatch.Target article = batch.article(input.article().trim());
        if (article == null) {
            errors.add(new FieldError("article", "no article '" + input.article() + "'"));
        }
        String speakerPerson = null;
        String speakerEntity = null;
        if (input.speaker() != null) {
            String id = input.speaker().id().trim();
            if (input.speaker().type().equals("person")) {
                speakerPerson = batch.person(id);
            } else {
                speakerEntity = batch.entity(id);
            }
            if (speakerPerson == null && speakerEntity == null) {
                errors.add(new FieldError("speaker.id", "no " + input.speaker().type() + " '" + id + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw Failure.invalidFields(errors);
        }
        String requested = input.slug() != null ? input.slug() : quote.slug;
        quote.slug = slugger.choose(requested, QuoteRules.slugName(input.text()), quote.id, slug -> batch.slugInUse(slug, quote.id));
        batch.claim(quote.slug);
        quote.article = em.getReference(Article.class, article.id());
        quote.speakerPerson = speakerPerson == null ? null : em.getReference(Person.class, speakerPerson);
        quote.speakerEntity = speakerEntity == null ? null : em.getReference(NamedEntity.class, speakerEntity);
        QuoteRules.applyText(quote, input, article.body());
        quote.needsReview = Boolean.TRUE.equals(input.needsReview());
    }

    private Quote resolve(String key) {
        return Lookup.resolve(ResourceType.quote, key, Quote::byId, Quote::bySlug, q -> q.slug);
    }
}
