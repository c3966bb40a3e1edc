package dev.lede.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.api.LedeConfig;
import dev.lede.article.ArticleInput;
import dev.lede.article.ArticleService;
import dev.lede.article.ArticleView;
import dev.lede.entity.EntityInput;
import dev.lede.entity.EntityService;
import dev.lede.person.PersonInput;
import dev.lede.person.PersonService;
import dev.lede.quote.QuoteInput;
import dev.lede.quote.QuoteService;
import dev.lede.source.SourceInput;
import dev.lede.source.SourceService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Loads the reference article (the Jovem Pan/AFP story of 9 December 2022) with its sources, entities, people
 * and quotes on the first start of an empty database. The data is hand-curated from the page's ground truth
 * ({@code seed/reference-article.json}, in the API's own write model) and goes through the services, so it is
 * validated and logged to the change log like any other write.
 */
@ApplicationScoped
public class ReferenceSeed {
    static final String RESOURCE = "seed/reference-article.json";
    private static final Logger LOG = Logger.getLogger(ReferenceSeed.class);

    private final LedeConfig config;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final EntityManager em;
    private final SourceService sources;
    private final EntityService entities;
    private final PersonService people;
    private final ArticleService articles;
    private final QuoteService quotes;

    public ReferenceSeed(LedeConfig config, ObjectMapper mapper, Validator validator, EntityManager em,
                         SourceService sources, EntityService entities, PersonService people, ArticleService articles,
                         QuoteService quotes) {
        this.config = config;
        this.mapper = mapper;
        this.validator = validator;
        this.em = em;
        this.sources = sources;
        this.entities = entities;
        this.people = people;
        this.articles = articles;
        this.quotes = quotes;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.seed().enabled()) {
            QuarkusTransaction.requiringNew().run(this::loadIfNeverWritten);
        }
    }

    /**
     * Seeds only a database that has never been written to (an empty change log), so deleting the reference
     * article does not bring it back. The change log's head row is locked first: two nodes starting together
     * on one PostgreSQL seed once.
     */
    void loadIfNeverWritten() {
        em.createNativeQuery("UPDATE change_log_head SET last_seq = last_seq WHERE id = 1").executeUpdate();
        Number seq = (Number) em.createNativeQuery("SELECT last_seq FROM change_log_head WHERE id = 1").getSingleResult();
        if (seq.longValue() != 0) {
            return;
        }
        JsonNode seed = read();
        each(seed.path("sources"), SourceInput.class, sources::create);
        each(seed.path("entities"), EntityInput.class, entities::create);
        each(seed.path("people"), PersonInput.class, people::create);
        ArticleView article = articles.create(valid(seed.path("article"), ArticleInput.class));
        articles.publish(article.id(), "*");
        each(seed.path("quotes"), QuoteInput.class, quote -> quotes.create(withArticle(quote, article.id())));
        LOG.infof("Loaded the reference article '%s' with %d quotes", article.slug(), seed.path("quotes").size());
    }

    private static QuoteInput withArticle(QuoteInput quote, String articleId) {
        return new QuoteInput(quote.slug(), quote.text(), articleId, quote.speaker(), quote.fragment(), quote.offset());
    }

    private <T> void each(JsonNode items, Class<T> type, Consumer<T> create) {
        for (JsonNode item : items) {
            create.accept(valid(item, type));
        }
    }

    private <T> T valid(JsonNode node, Class<T> type) {
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
