package dev.lede.ingest;

import dev.lede.article.ArticleRefs;
import dev.lede.article.ArticleView;
import dev.lede.ingest.extract.Extraction;
import java.util.List;

/** Builds the ingest response from the stored article and the extraction; hides ids a dry run would create. */
final class IngestResults {
    private IngestResults() {
    }

    static IngestResult of(ArticleView article, Extraction ex, IngestService.Links links, boolean dryRun, boolean duplicate) {
        List<IngestResult.PersonItem> people = ex.people().stream().map(p -> {
            String id = links.personIds.get(p.name());
            boolean created = links.isNew(id);
            return new IngestResult.PersonItem(visible(id, created, dryRun), p.name(), p.role(), created && !duplicate,
                    p.confidence(), p.mentions(), p.firstOffset());
        }).toList();
        List<IngestResult.EntityItem> entities = ex.entities().stream().map(e -> {
            String id = links.entityIds.get(e.name());
            boolean created = links.isNew(id);
            return new IngestResult.EntityItem(visible(id, created, dryRun), e.name(), e.kind(), created && !duplicate,
                    e.confidence(), e.mentions(), e.firstOffset());
        }).toList();
        IngestResult.SourceItem source = ex.publisher() == null ? null : sourceItem(ex.publisher(), "publisher", links, dryRun, duplicate);
        List<IngestResult.SourceItem> credits = ex.credits().stream()
                .map(c -> sourceItem(c, c.role(), links, dryRun, duplicate)).toList();
        List<IngestResult.SourceItem> bylines = ex.bylines().stream().map(b -> {
            String id = links.personIds.get(b.name());
            boolean created = links.isNew(id);
            return new IngestResult.SourceItem(visible(id, created, dryRun), b.name(), b.role(),
                    created && !duplicate, b.confidence(), IngestResult.Span.of(b.span()));
        }).toList();
        List<IngestResult.QuoteItem> quotes = ex.quotes().stream().map(q -> new IngestResult.QuoteItem(q.text(),
                q.speakerName() == null ? null : new IngestResult.Speaker(q.speakerName(), q.speakerType()),
                q.fragment(), q.confidence(), IngestResult.Span.of(q.span()))).toList();
        IngestResult.DateItem date = ex.publishedAt() == null ? null
                : new IngestResult.DateItem(ex.publishedAt().value(), ex.publishedAt().confidence(),
                IngestResult.Span.of(ex.publishedAt().span()));
        ArticleView shown = dryRun && !duplicate ? withoutNewIds(article, links) : article;
        return new IngestResult(shown, dryRun, duplicate, people, entities, source, credits, bylines, quotes, date,
                ex.caption() == null ? null : ex.caption().value(), ex.removedLines(), ex.warnings());
    }

    private static IngestResult.SourceItem sourceItem(Extraction.SourceFound found, String role, IngestService.Links links,
                                                      boolean dryRun, boolean duplicate) {
        String id = links.sourceIds.get(found.name());
        boolean created = links.isNew(id);
        return new IngestResult.SourceItem(visible(id, created, dryRun), found.name(), role,
                created && !duplicate, found.confidence(), IngestResult.Span.of(found.span()));
    }

    private static String visible(String id, boolean created, boolean dryRun) {
        return dryRun && created ? null : id;
    }

    /** A dry run's article: the ids of everything it would create (the article, new links, quotes) are left out. */
    private static ArticleView withoutNewIds(ArticleView a, IngestService.Links links) {
        java.util.function.UnaryOperator<String> keep = id -> links.isNew(id) ? null : id;
        var publisher = a.publisher() == null ? null : new dev.lede.source.SourceRef(keep.apply(a.publisher().id()),
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
        return new ArticleView(null, a.slug(), a.headline(), a.standfirst(), a.body(), a.language(), a.translatedFrom(),
                a.section(), a.tags(), a.status(), a.publishedAt(), a.firstPublishedAt(), a.withdrawnAt(),
                a.withdrawalReason(), a.wordCount(), a.canonicalUrl(), a.originalUrl(), a.image(), publisher,
                credits, bylines, people, entities, quotes, a.createdAt(), a.updatedAt(), a.version());
    }
}
