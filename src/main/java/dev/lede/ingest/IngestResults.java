package dev.lede.ingest;

import dev.lede.article.ArticleRefs;
import dev.lede.article.ArticleView;
import dev.lede.ingest.extract.Extraction;
import dev.lede.source.SourceRef;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builds the ingest response from the stored article and the extraction. A dry run hides the ids of what it would
 * create (they were rolled back); a duplicate created nothing, so nothing in it is new.
 */
record IngestResults(Links links, boolean dryRun, IngestOutcome.Kind outcome) {
    static IngestResult of(ArticleView article, Extraction ex, Links links, boolean dryRun, IngestOutcome.Kind outcome) {
        return new IngestResults(links, dryRun, outcome).result(article, ex);
    }

    private boolean duplicate() {
        return outcome == IngestOutcome.Kind.unchanged;
    }

    private IngestResult result(ArticleView article, Extraction ex) {
        List<IngestResult.PersonItem> people = ex.people().stream().map(p -> {
            String id = links.personIds.get(p.name());
            return new IngestResult.PersonItem(shown(id), p.name(), p.role(), isNew(id), p.confidence(), p.mentions(), p.firstOffset());
        }).toList();
        List<IngestResult.EntityItem> entities = ex.entities().stream().map(e -> {
            String id = links.entityIds.get(e.name());
            return new IngestResult.EntityItem(shown(id), e.name(), e.kind(), isNew(id), e.confidence(), e.mentions(), e.firstOffset());
        }).toList();
        IngestResult.SourceItem source = ex.publisher() == null ? null : source(ex.publisher(), "publisher");
        List<IngestResult.SourceItem> credits = ex.credits().stream().map(c -> source(c, c.role())).toList();
        List<IngestResult.SourceItem> bylines = ex.bylines().stream()
                .map(b -> sourceItem(links.personIds.get(b.name()), b.name(), b.role(), b.confidence(), b.span())).toList();
        List<IngestResult.QuoteItem> quotes = ex.quotes().stream().map(q -> new IngestResult.QuoteItem(q.text(),
                q.speakerName() == null ? null : new IngestResult.Speaker(q.speakerName(), q.speakerType()),
                q.fragment(), q.confidence(), IngestResult.Span.of(q.span()))).toList();
        IngestResult.DateItem date = ex.publishedAt() == null ? null : new IngestResult.DateItem(ex.publishedAt().value(),
                ex.publishedAt().confidence(), IngestResult.Span.of(ex.publishedAt().span()));
        ArticleView shown = dryRun && outcome != IngestOutcome.Kind.unchanged ? withoutNewIds(article) : article;
        return new IngestResult(shown, dryRun, duplicate(), outcome.name(), people, entities, source, credits, bylines, quotes, date,
                ex.caption() == null ? null : ex.caption().value(), ex.removedLines(), ex.warnings());
    }

    private IngestResult.SourceItem source(Extraction.SourceFound found, String role) {
        return sourceItem(links.sourceIds.get(found.name()), found.name(), role, found.confidence(), found.span());
    }

    /** A publisher, credit or byline person, under the role the page gives it. */
    private IngestResult.SourceItem sourceItem(String id, String name, String role, double confidence, Extraction.Span span) {
        return new IngestResult.SourceItem(shown(id), name, role, isNew(id), confidence, IngestResult.Span.of(span));
    }

    /** A linked id as the answer shows it: absent when a dry run would create it. */
    private String shown(String id) {
        return dryRun && links.isNew(id) ? null : id;
    }

    private boolean isNew(String id) {
        return links.isNew(id) && !duplicate();
    }

    /**
     * A dry run's article: the ids of everything it would create (the article, new links, quotes) are left out; a
     * revision keeps the article's, which exists (its quotes' too are left out: some would be new).
     */
    private ArticleView withoutNewIds(ArticleView a) {
        UnaryOperator<String> keep = id -> links.isNew(id) ? null : id;
        var publisher = a.publisher() == null ? null : new SourceRef(keep.apply(a.publisher().id()),
                a.publisher().slug(), a.publisher().name(), a.publisher().kind());
        var credits = a.credits().stream().map(c -> new ArticleRefs.CreditRef(keep.apply(c.id()), c.slug(), c.name(), c.kind(), c.role())).toList();
        var bylines = a.bylines().stream().map(b -> new ArticleRefs.BylineRef(keep.apply(b.id()), b.slug(), b.name(), b.role())).toList();
        var people = a.people().stream().map(p -> new ArticleRefs.PersonMentionRef(keep.apply(p.id()), p.slug(), p.name(), p.role(),
                p.mentions(), p.firstOffset())).toList();
        var entities = a.entities().stream().map(e -> new ArticleRefs.EntityMentionRef(keep.apply(e.id()), e.slug(), e.name(), e.kind(),
                e.mentions(), e.firstOffset())).toList();
        var quotes = a.quotes() == null ? null : a.quotes().stream().map(q -> new ArticleRefs.QuoteRef(null, q.text(),
                q.speaker() == null ? null : new ArticleRefs.SpeakerRef(q.speaker().type(), keep.apply(q.speaker().id()),
                        q.speaker().slug(), q.speaker().name()), q.fragment(), q.offset())).toList();
        return new ArticleView(outcome == IngestOutcome.Kind.revised ? a.id() : null, a.slug(), a.headline(), a.standfirst(), a.body(), a.language(), a.translatedFrom(),
                a.section(), a.tags(), a.status(), a.publishedAt(), a.firstPublishedAt(), a.withdrawnAt(),
                a.withdrawalReason(), a.wordCount(), a.canonicalUrl(), a.originalUrl(), a.image(), publisher,
                credits, bylines, people, entities, quotes, a.createdAt(), a.updatedAt(), a.version(),
                a.publishAt(), a.embargoUntil(), a.removedAt(), a.removalReason(), a.corrections());
    }
}
