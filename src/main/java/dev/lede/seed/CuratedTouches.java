package dev.lede.seed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.article.ArticleInput;
import dev.lede.article.ArticleRefs;
import dev.lede.article.ArticleView;
import dev.lede.article.ArticleWriteService;
import dev.lede.entity.EntityService;
import dev.lede.ingest.IngestResult;
import dev.lede.person.PersonService;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.quote.QuoteInput;
import dev.lede.quote.QuoteWriteService;
import dev.lede.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Where the ingested reference article differs from its curated form, puts the curated value in and says so:
 * every touch is one line of the start-up log, so how far extraction falls short stays visible.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CuratedTouches {
    @Inject ArticleWriteService articles;
    @Inject QuoteWriteService quotes;
    @Inject PersonService people;
    @Inject EntityService entities;
    @Inject SourceService sources;

    List<String> apply(IngestResult ingested, ArticleInput curated, JsonNode curatedQuotes,
                        BiFunction<JsonNode, Class<QuoteInput>, QuoteInput> readQuote) {
        List<String> touches = new ArrayList<>();
        ArticleView article = ingested.article();
        compare(touches, "headline", article.headline(), curated.headline());
        compare(touches, "standfirst", article.standfirst(), curated.standfirst());
        compare(touches, "body", article.body(), curated.body());
        compare(touches, "language", article.language(), curated.language());
        compare(touches, "translatedFrom", article.translatedFrom(), curated.translatedFrom());
        compare(touches, "section", article.section(), curated.section());
        compare(touches, "tags", article.tags(), curated.tags());
        compare(touches, "publishedAt", article.publishedAt(), curated.publishedAt());
        compare(touches, "publisher", article.publisher() == null ? null : article.publisher().slug(), curated.publisher());
        compare(touches, "credits", article.credits().stream().map(c -> c.slug() + ":" + c.role()).toList(),
                curated.credits().stream().map(c -> c.source() + ":" + c.role()).toList());
        compare(touches, "people", set(article.people().stream().map(p -> p.slug() + " as " + p.role()).toList()),
                set(curated.people().stream().map(p -> p.person() + " as " + p.role()).toList()));
        compare(touches, "entities", set(article.entities().stream().map(ArticleRefs.EntityMentionRef::slug).toList()),
                set(curated.entities().stream().map(ArticleInput.EntityMentionInput::entity).toList()));
        if (!touches.isEmpty()) {
            articles.replace(article.id(), ExpectedVersion.any(), curated);
        }
        touchQuotes(touches, article, curatedQuotes, readQuote);
        removeStrays(touches, ingested, curated);
        return touches;
    }

    private void touchQuotes(List<String> touches, ArticleView article, JsonNode curatedQuotes,
                             BiFunction<JsonNode, Class<QuoteInput>, QuoteInput> readQuote) {
        List<QuoteInput> wanted = new ArrayList<>();
        curatedQuotes.forEach(node -> wanted.add(readQuote.apply(node, QuoteInput.class)));
        Set<String> extracted = set(article.quotes().stream().map(q -> q.text() + " | "
                + (q.speaker() == null ? "-" : q.speaker().slug()) + " | " + q.fragment()).toList());
        Set<String> curated = set(wanted.stream().map(q -> q.text() + " | "
                + (q.speaker() == null ? "-" : q.speaker().id()) + " | " + q.fragment()).toList());
        if (extracted.equals(curated)) {
            return;
        }
        Set<String> missing = new LinkedHashSet<>(curated);
        missing.removeAll(extracted);
        Set<String> extra = new LinkedHashSet<>(extracted);
        extra.removeAll(curated);
        touches.add("quotes: replaced " + extra.size() + " extracted " + extra + " with " + missing.size() + " curated " + missing);
        article.quotes().forEach(q -> quotes.delete(q.id(), ExpectedVersion.any()));
        quotes.createAll(wanted.stream()
                .map(q -> new QuoteInput(q.slug(), q.text(), article.id(), q.speaker(), q.fragment(), q.offset(), null)).toList());
    }

    /** Candidates the ingest created that the curated article does not name are removed again. */
    private void removeStrays(List<String> touches, IngestResult ingested, ArticleInput curated) {
        Set<String> named = new LinkedHashSet<>();
        curated.people().forEach(p -> named.add(p.person()));
        curated.entities().forEach(e -> named.add(e.entity()));
        List<String> removed = new ArrayList<>();
        for (IngestResult.PersonItem person : ingested.people()) {
            if (person.created() && person.id() != null && !named.contains(people.get(person.id()).slug())) {
                people.delete(person.id(), ExpectedVersion.any(), true);
                removed.add(person.name());
            }
        }
        for (IngestResult.EntityItem entity : ingested.entities()) {
            if (entity.created() && entity.id() != null && !named.contains(entities.get(entity.id()).slug())) {
                entities.delete(entity.id(), ExpectedVersion.any(), true);
                removed.add(entity.name());
            }
        }
        for (IngestResult.SourceItem source : concat(ingested.source(), ingested.credits())) {
            if (source.created() && source.id() != null) {
                sources.delete(source.id(), ExpectedVersion.any(), true);
                removed.add(source.name());
            }
        }
        if (!removed.isEmpty()) {
            touches.add("removed candidates the curated article does not name: " + removed);
        }
    }

    private static List<IngestResult.SourceItem> concat(IngestResult.SourceItem first, List<IngestResult.SourceItem> rest) {
        List<IngestResult.SourceItem> all = new ArrayList<>(rest);
        if (first != null) {
            all.add(0, first);
        }
        return all;
    }

    private static void compare(List<String> touches, String field, Object extracted, Object curated) {
        if (!Objects.equals(extracted, curated)) {
            touches.add(field + ": extracted " + shorten(extracted) + ", curated " + shorten(curated));
        }
    }

    private static Set<String> set(List<String> values) {
        return new java.util.TreeSet<>(values);
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
