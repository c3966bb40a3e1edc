package dev.lede.bulk;

import dev.lede.article.ArticleInput;
import dev.lede.article.ArticleReferences;
import dev.lede.article.ArticleWriteService;
import dev.lede.entity.EntityService;
import dev.lede.ingest.IngestedPages;
import dev.lede.person.PersonService;
import dev.lede.platform.resource.RetriedOnUniqueConflict;
import dev.lede.platform.resource.StoredState;
import dev.lede.quote.QuoteBatch;
import dev.lede.quote.QuoteInput;
import dev.lede.quote.QuoteWriteService;
import dev.lede.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes bulk lines through the services' own write paths (the ones the API uses), in transactions of their own: a
 * batch in one, or a line alone when its batch was refused. What the article and quote lines of a batch refer to
 * (people, entities, sources, articles, slugs in use) is fetched once for the batch.
 */
@ApplicationScoped
public class BulkWrites {
    @Inject EntityManager em;
    @Inject BulkConfig config;
    @Inject SourceService sources;
    @Inject EntityService entities;
    @Inject PersonService people;
    @Inject ArticleWriteService articles;
    @Inject QuoteWriteService quotes;
    @Inject IngestedPages ingestedPages;

    /** Stores the lines of a batch in one transaction: all of them, or none when one is refused. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void storeBatch(List<BulkLine> batch) {
        Prepared prepared = prepare(batch);
        for (int i = 0; i < batch.size(); i++) {
            store(batch.get(i), prepared);
            // Keep the persistence context to a few lines: Hibernate checks every managed entity at each flush (and
            // catalog lines' queries flush), so a context that grows over the batch makes a batch quadratic. A window
            // of lines rather than one lets the inserts of several articles go in JDBC batches. What later lines need
            // of earlier ones (references, slugs) is in prepared or in the database, not in the context.
            if ((i + 1) % config.flushEvery() == 0) {
                em.flush();
                em.clear();
            }
        }
    }

    /** Stores one line in a transaction of its own, again when it lost a race for a slug (its batch was refused). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @RetriedOnUniqueConflict
    public void storeAlone(BulkLine line) {
        store(line, prepare(List.of(line)));
    }

    /** What the article and quote lines of a batch refer to, fetched for all of them at once. */
    private record Prepared(ArticleReferences articles, QuoteBatch quotes) {
    }

    private Prepared prepare(List<BulkLine> lines) {
        return new Prepared(articles.references(inputs(lines, BulkLine.Type.article, ArticleInput.class)),
                quotes.prepare(inputs(lines, BulkLine.Type.quote, QuoteInput.class)));
    }

    private static <T> List<T> inputs(List<BulkLine> lines, BulkLine.Type type, Class<T> input) {
        return lines.stream().filter(line -> line.type() == type).map(line -> input.cast(line.data())).toList();
    }

    /** Writes a line: created anew, or restored as an export carried it (meta) with its ids, slugs and times. */
    private void store(BulkLine line, Prepared prepared) {
        switch (line.type()) {
            case source -> createOrRestore(line, sources::create, sources::restore);
            case entity -> createOrRestore(line, entities::create, entities::restore);
            case person -> createOrRestore(line, people::create, people::restore);
            case article -> storeArticle(line, prepared);
            case quote -> createOrRestore(line, (QuoteInput input) -> quotes.create(input, prepared.quotes()),
                    (input, meta) -> quotes.restore(input, meta, prepared.quotes()));
            case export, end -> {
                // An export's first and last lines: where it was taken, and that it is whole. Nothing to store.
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <I> void createOrRestore(BulkLine line, Consumer<I> create, BiConsumer<I, StoredState> restore) {
        if (line.meta() == null) {
            create.accept((I) line.data());
        } else {
            restore.accept((I) line.data(), line.meta());
        }
    }

    private void storeArticle(BulkLine line, Prepared prepared) {
        ArticleInput input = (ArticleInput) line.data();
        ArticleWriteService.Created created;
        if (line.meta() == null) {
            created = articles.create(input, line.publish(), prepared.articles());
        } else {
            created = articles.restore(input, line.meta(), prepared.articles());
            ingestedPages.restore(created.id(), line.meta().ingestedPagesOrNone());
        }
        prepared.quotes().written(created.id(), created.slug(), input.body());
    }
}
