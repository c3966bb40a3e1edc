package dev.lede.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.article.ArticleInput;
import dev.lede.article.ArticleWriteService;
import dev.lede.entity.EntityInput;
import dev.lede.entity.EntityService;
import dev.lede.ingest.IngestResult;
import dev.lede.ingest.IngestService;
import dev.lede.ingest.extract.RawPage;
import dev.lede.person.PersonInput;
import dev.lede.person.PersonService;
import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.resource.Retry;
import dev.lede.platform.web.ProblemMappers;
import dev.lede.source.SourceInput;
import dev.lede.source.SourceService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Loads the reference article (the Jovem Pan/AFP story of 9 December 2022) on the first start of an empty
 * database: the curated catalog first (its sources, entities and people, from {@code seed/reference-article.json},
 * the page's ground truth in the API's write model), then the raw page through the ingestion pipeline, which links
 * it to that catalog, then curated touches where extraction falls short, each one logged ({@link CuratedTouches}).
 * Everything goes through the services: validated and change-logged like any other write.
 */
@ApplicationScoped
public class ReferenceSeed {
    static final String RESOURCE = "seed/reference-article.json";
    static final String PAGE = "seed/000_bda395528f16ca54.txt";
    private static final Logger LOG = Logger.getLogger(ReferenceSeed.class);

    @Inject LedeConfig config;
    @Inject ObjectMapper mapper;
    @Inject Validator validator;
    @Inject ChangeLog changeLog;
    @Inject SourceService sources;
    @Inject EntityService entities;
    @Inject PersonService people;
    @Inject IngestService ingest;
    @Inject ArticleWriteService articles;
    @Inject CuratedTouches touches;

    void onStart(@Observes StartupEvent event) {
        if (!config.seed().enabled()) {
            return;
        }
        // Another node starting on the same empty PostgreSQL may hold the head row while it seeds, for longer than
        // the lock timeout: look again once it is done (it will have seeded, so this node will not).
        Retry.retrying(() -> {
            QuarkusTransaction.requiringNew().run(this::loadIfNeverWritten);
            return null;
        }, 6, ProblemMappers::causedByLockWait);
    }

    /**
     * Seeds only a database that has never been written to (an empty change log), so deleting the reference
     * article does not bring it back. The change log's head row is locked first: two nodes starting together
     * on one PostgreSQL seed once.
     */
    void loadIfNeverWritten() {
        if (changeLog.lockHead() != 0) {
            return;
        }
        JsonNode seed = read();
        each(seed.path("sources"), SourceInput.class, sources::create);
        each(seed.path("entities"), EntityInput.class, entities::create);
        each(seed.path("people"), PersonInput.class, people::create);
        IngestResult ingested = ingest.ingestHere(RawPage.ofText(page()), false).result();
        List<String> touched = touches.apply(ingested, valid(seed.path("article"), ArticleInput.class),
                seed.path("quotes"), this::valid);
        articles.publish(ingested.article().id(), ExpectedVersion.any()); // after the touches, so it is first published at the curated date
        LOG.infof("Loaded the reference article '%s' by ingesting its page; curated touches: %s",
                ingested.article().slug(), touched.isEmpty() ? "none" : String.join("; ", touched));
    }

    private <T> void each(JsonNode items, Class<T> type, Consumer<T> create) {
        for (JsonNode item : items) {
            create.accept(valid(item, type));
        }
    }

    <T> T valid(JsonNode node, Class<T> type) {
        try {
            T value = mapper.treeToValue(node, type);
            var violations = validator.validate(value);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException("invalid seed data for " + type.getSimpleName(), violations);
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("invalid seed data for " + type.getSimpleName(), e);
        }
    }

    private static String page() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException(PAGE + " is missing from the application");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
