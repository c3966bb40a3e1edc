package dev.lede.article;

import dev.lede.platform.persistence.InLists;
import dev.lede.platform.security.Entitlements;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The articles of a search page, in hit order, read as one projection of their rows (no entity loaded, nothing for the
 * session to track); bodies live apart ({@link ArticleBody}) and are read only for a page that shows them, by loading
 * whole articles whose bodies Hibernate then fetches in one batch. The rows become body-less copies of {@link Article}
 * for {@link ArticleMapper}, the one place views are built; a copy is never attached to the session nor written. A
 * limited key's entitlements are re-checked from the same row (publisher, section) plus one statement for the page's
 * credited sources and tags, never one per hit.
 */
final class ArticleSearchPage {
    private static final String ROWS = "select a.id, a.slug, a.headline, a.standfirst, a.language, a.translatedFrom,"
            + " a.section, a.status, a.publishedAt, a.firstPublishedAt, a.withdrawnAt, a.withdrawalReason, a.publishAt,"
            + " a.embargoUntil, a.removedAt, a.removalReason, a.wordCount, a.canonicalUrl, a.originalUrl, a.image.url,"
            + " a.image.caption, a.image.credit, a.createdAt, a.updatedAt, a.version, a.corrections, p.id"
            + " from Article a left join a.publisher p where a.id in :ids";
    private static final String WHOLE = "select a from Article a where a.id in :ids";
    /** What entitlements look at besides the row: a credited source (kind 's') or a tag (kind 't') per line. */
    private static final String ENTITLED = "select a.id, 's', c.source.id from Article a join a.credits c where a.id in :ids"
            + " union all select a.id, 't', t from Article a join a.tags t where a.id in :ids";

    private ArticleSearchPage() {
    }

    /** The hits still in the state asked for (the index follows commits, the database is the truth) and entitled. */
    static List<Article> read(EntityManager em, List<String> ids, ArticleStatus status, Entitlements entitlements,
                              boolean withBody) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Row> byId = new HashMap<>();
        if (withBody) {
            InLists.query(em, WHOLE, Article.class, "ids", ids).getResultList().forEach(a ->
                    byId.put(a.id, new Row(a, a.publisher == null ? null : a.publisher.id))); // a proxy's id loads nothing
        } else {
            InLists.query(em, ROWS, Object[].class, "ids", ids).getResultList().forEach(row -> {
                Article copy = copy(row);
                byId.put(copy.id, new Row(copy, (String) row[26]));
            });
        }
        Map<String, Entitled> entitled = entitlements.unrestricted() ? Map.of() : entitled(em, byId);
        List<Article> page = new ArrayList<>();
        for (String id : ids) {
            Row row = byId.get(id);
            if (row != null && (status == null || row.article.status == status)
                    && (entitlements.unrestricted() || entitled.get(id).covered(entitlements, row))) {
                page.add(row.article);
            }
        }
        return page;
    }

    @SuppressWarnings("unchecked")
    private static Article copy(Object[] row) {
        Article a = new Article();
        a.id = (String) row[0];
        a.slug = (String) row[1];
        a.headline = (String) row[2];
        a.standfirst = (String) row[3];
        a.language = (String) row[4];
        a.translatedFrom = (String) row[5];
        a.section = (String) row[6];
        a.status = (ArticleStatus) row[7];
        a.publishedAt = (Instant) row[8];
        a.firstPublishedAt = (Instant) row[9];
        a.withdrawnAt = (Instant) row[10];
        a.withdrawalReason = (String) row[11];
        a.publishAt = (Instant) row[12];
        a.embargoUntil = (Instant) row[13];
        a.removedAt = (Instant) row[14];
        a.removalReason = (String) row[15];
        a.wordCount = (Integer) row[16];
        a.canonicalUrl = (String) row[17];
        a.originalUrl = (String) row[18];
        a.image.url = (String) row[19];
        a.image.caption = (String) row[20];
        a.image.credit = (String) row[21];
        a.createdAt = (Instant) row[22];
        a.updatedAt = (Instant) row[23];
        a.version = (Long) row[24];
        a.corrections = row[25] == null ? List.of() : (List<ArticleCorrection>) row[25];
        return a;
    }

    private static Map<String, Entitled> entitled(EntityManager em, Map<String, Row> rows) {
        Map<String, Entitled> entitled = new HashMap<>();
        rows.keySet().forEach(id -> entitled.put(id, new Entitled(new LinkedHashSet<>(), new ArrayList<>())));
        if (!rows.isEmpty()) {
            InLists.query(em, ENTITLED, Object[].class, "ids", List.copyOf(rows.keySet())).getResultList().forEach(line -> {
                Entitled of = entitled.get((String) line[0]);
                if ("s".equals(String.valueOf(line[1]))) {
                    of.sources.add((String) line[2]);
                } else {
                    of.tags.add((String) line[2]);
                }
            });
        }
        return entitled;
    }

    private record Row(Article article, String publisherId) {
    }

    /** A hit's credited sources and tags, as {@link ArticleEntitlements#covers} reads them from a loaded article. */
    private record Entitled(Set<String> sources, List<String> tags) {
        boolean covered(Entitlements entitlements, Row row) {
            Set<String> all = new LinkedHashSet<>();
            if (row.publisherId != null) {
                all.add(row.publisherId);
            }
            all.addAll(sources);
            return entitlements.covers(all, row.article.section, tags);
        }
    }
}
