package dev.lede.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lede.article.ArticleInput;
import dev.lede.article.ArticleService;
import dev.lede.bulk.ExportEnd;
import dev.lede.bulk.ExportHeader;
import dev.lede.entity.EntityService;
import dev.lede.ingest.IngestedPages;
import dev.lede.person.PersonService;
import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.resource.Exported;
import dev.lede.platform.resource.StoredState;
import dev.lede.quote.QuoteInput;
import dev.lede.quote.QuoteService;
import dev.lede.source.SourceService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Writes every source, entity, person, article and quote as NDJSON lines in the {@code POST /v1/bulk} format, with
 * the state the server owns in each line's {@code meta}: an import into an empty Lede reproduces the content.
 *
 * <p>Consistent at one point of the change log: everything is read in one transaction at snapshot isolation
 * (PostgreSQL's REPEATABLE READ, H2's SNAPSHOT), whose first read is the log's head, given in the first line. Writers
 * are not held back: both databases serve a snapshot from row versions (MVCC), without locks.
 *
 * <p>A long export holds its snapshot as long as it streams: PostgreSQL keeps the row versions it may still read
 * (VACUUM cannot remove them meanwhile) and H2 keeps them in memory and in its file. The last line says the export
 * is whole ({@link ExportEnd}): a failure while streaming cuts the file short after the 200 has been sent.
 *
 * <p>The order is the one an import needs: sources; entities, each parent before its children; people (who name
 * entities); then each article followed by its quotes, so that the file can be cut into requests at any article line.
 * Pages of {@value #PAGE} resources are read and written in turn, the persistence context cleared after each, so
 * memory stays flat however large the content.
 */
@ApplicationScoped
public class ExportService {
    private static final Logger LOG = Logger.getLogger(ExportService.class);
    static final int PAGE = 200;
    /** An export of a large database takes minutes: its transaction may last this long. */
    static final int TIMEOUT_SECONDS = 6 * 3600;
    /** H2's own JDBC isolation level for a snapshot of the whole database ({@code org.h2.engine.Constants}). */
    private static final int H2_SNAPSHOT = 6;

    /** One line of the file. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "data", "meta"})
    record Line(String type, Object data, StoredState meta) {
    }

    // Field injection: the service only reads through these, and a constructor would restate each of them.
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    SourceService sources;
    @Inject
    EntityService entities;
    @Inject
    PersonService people;
    @Inject
    ArticleService articles;
    @Inject
    QuoteService quotes;
    @Inject
    IngestedPages ingestedPages;
    private ObjectWriter writer;

    @PostConstruct
    void prepareWriter() {
        writer = mapper.writerFor(Line.class);
    }

    /** Writes the export to {@code out}; returns the change-log position it is consistent at. */
    public long export(OutputStream out) {
        long started = System.nanoTime();
        Counts counts = new Counts();
        long seq = QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            takeSnapshot();
            Session session = em.unwrap(Session.class);
            session.setDefaultReadOnly(true); // nothing to check for changes at each page's queries
            session.setHibernateFlushMode(FlushMode.MANUAL);
            long head = ChangeEvent.headSeq();
            write(out, new Line("export", new ExportHeader(ExportHeader.FORMAT, head, Instant.now()), null));
            pages((after, limit) -> sources.exportPage(after, limit), "source", out, counts);
            List<String> entityOrder = entities.exportOrder();
            for (int from = 0; from < entityOrder.size(); from += PAGE) {
                writeAll("entity", entities.exportOf(entityOrder.subList(from, Math.min(from + PAGE, entityOrder.size()))), out, counts);
                em.clear();
            }
            pages((after, limit) -> people.exportPage(after, limit), "person", out, counts);
            articlesWithQuotes(out, counts);
            write(out, new Line("end", new ExportEnd(head, counts.lines() + 1), null));
            return head;
        });
        LOG.infof("Exported %s at change-log position %d in %.1f s", counts, seq, (System.nanoTime() - started) / 1e9);
        return seq;
    }

    /** Makes this transaction read one snapshot of the database, from its first statement on. */
    private void takeSnapshot() {
        em.unwrap(Session.class).doWork(connection -> connection.setTransactionIsolation(
                connection.getMetaData().getDatabaseProductName().contains("H2") ? H2_SNAPSHOT
                        : Connection.TRANSACTION_REPEATABLE_READ));
    }

    private <I> void pages(BiFunction<String, Integer, List<Exported<I>>> page, String type, OutputStream out, Counts counts) {
        String after = null;
        for (List<Exported<I>> items = page.apply(null, PAGE); !items.isEmpty(); items = page.apply(after, PAGE)) {
            writeAll(type, items, out, counts);
            after = items.get(items.size() - 1).state().id();
            em.clear();
        }
    }

    private void articlesWithQuotes(OutputStream out, Counts counts) {
        String after = null;
        for (List<Exported<ArticleInput>> page = articles.exportPage(null, PAGE); !page.isEmpty();
             page = articles.exportPage(after, PAGE)) {
            List<String> ids = page.stream().map(article -> article.state().id()).toList();
            Map<String, List<Exported<QuoteInput>>> quotesOf = quotes.exportOfArticles(ids);
            Map<String, List<StoredState.IngestedPage>> pagesOf = ingestedPages.ofArticles(ids);
            for (Exported<ArticleInput> article : page) {
                String id = article.state().id();
                StoredState state = article.state().withIngestedPages(pagesOf.getOrDefault(id, List.of()));
                write(out, new Line("article", article.input(), state));
                counts.articles++;
                writeAll("quote", quotesOf.getOrDefault(id, List.of()), out, counts);
            }
            after = ids.get(ids.size() - 1);
            em.clear();
            flush(out);
        }
    }

    private <I> void writeAll(String type, List<Exported<I>> items, OutputStream out, Counts counts) {
        for (Exported<I> item : items) {
            write(out, new Line(type, item.input(), item.state()));
            counts.count(type);
        }
    }

    private void write(OutputStream out, Line line) {
        try {
            out.write(writer.writeValueAsBytes(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the client went away: the transaction ends, nothing was written
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was written, for the log. */
    private static final class Counts {
        long sources;
        long entities;
        long people;
        long articles;
        long quotes;

        long lines() {
            return sources + entities + people + articles + quotes;
        }

        void count(String type) {
            switch (type) {
                case "source" -> sources++;
                case "entity" -> entities++;
                case "person" -> people++;
                case "quote" -> quotes++;
                default -> articles++;
            }
        }

        @Override
        public String toString() {
            return sources + " sources, " + entities + " entities, " + people + " people, " + articles + " articles, "
                    + quotes + " quotes";
        }
    }
}
