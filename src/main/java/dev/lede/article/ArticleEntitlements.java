package dev.lede.article;

import dev.lede.platform.persistence.ListQuery;
import dev.lede.platform.search.SearchQuery;
import dev.lede.platform.security.Entitlements;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an article is inside a key's entitlements ({@link Entitlements#covers}: its source, one of its publisher and
 * credited sources, among {@code sources}; its section among {@code sections}; one of its tags among {@code tags};
 * every non-empty list must match), said once for each way articles are read: one article in Java, a list as JPQL
 * conditions, a search as the index's filter clauses, the change log as labels. What derives from an article (its
 * quotes, revisions, formats, change events) follows it through these.
 */
public final class ArticleEntitlements {
    /** The label prefixes an article's change events carry (see {@link #labels}). */
    private static final String SOURCE = "source:";
    private static final String SECTION = "section:";
    private static final String TAG = "tag:";

    private ArticleEntitlements() {
    }

    /** Whether the key may read this article. */
    public static boolean covers(Entitlements entitlements, Article article) {
        return entitlements.unrestricted() || entitlements.covers(sourceIds(article), article.section, article.tags);
    }

    /**
     * Adds to a list the conditions that keep it inside the entitlements, over the article named {@code alias}.
     * {@code around} places each condition (a format with one {@code %s}): {@code "%s"} for a list of articles, a
     * correlated EXISTS naming the article for a list of what derives from one (a quote's). Each list is its own
     * parameter, named after {@code alias}; an unrestricted key adds nothing, so its queries and cursors are as before.
     */
    public static void restrict(ListQuery<?> query, String alias, String around, Entitlements entitlements) {
        if (!entitlements.sources().isEmpty()) {
            String name = alias + "EntitledSources";
            query.and(around.formatted("(" + alias + ".publisher.id in :" + name + " or exists (select 1 from " + alias
                    + ".credits ec where ec.source.id in :" + name + "))"), name, entitlements.sources());
        }
        if (!entitlements.sections().isEmpty()) {
            String name = alias + "EntitledSections";
            query.and(around.formatted(alias + ".section in :" + name), name, entitlements.sections());
        }
        if (!entitlements.tags().isEmpty()) {
            String name = alias + "EntitledTags";
            query.and(around.formatted("exists (select 1 from " + alias + ".tags et where et in :" + name + ")"), name,
                    entitlements.tags());
        }
    }

    /**
     * The entitlements as filter clauses of a search index whose documents carry the article's {@code source} (publisher
     * and credits), {@code section} and {@code tag} keywords: the article index, and the quote index for each quote's
     * article.
     */
    public static List<SearchQuery.Filter> filters(Entitlements entitlements) {
        List<SearchQuery.Filter> filters = new ArrayList<>();
        if (!entitlements.sources().isEmpty()) {
            filters.add(new SearchQuery.Filter("source", entitlements.sources()));
        }
        if (!entitlements.sections().isEmpty()) {
            filters.add(new SearchQuery.Filter("section", entitlements.sections()));
        }
        if (!entitlements.tags().isEmpty()) {
            filters.add(new SearchQuery.Filter("tag", entitlements.tags()));
        }
        return filters;
    }

    /** What the change log records of an article with each of its events and its quotes' (the change feed filters by it). */
    static List<String> labels(Article article) {
        List<String> labels = new ArrayList<>();
        sourceIds(article).forEach(id -> labels.add(SOURCE + id));
        if (article.section != null) {
            labels.add(SECTION + article.section);
        }
        article.tags.forEach(tag -> labels.add(TAG + tag));
        return labels;
    }

    /**
     * The entitlements as groups of labels: an event is inside when it carries one label of each group (and is not
     * about licensed content when it carries none at all: people, entities, sources). Empty when unrestricted.
     */
    public static List<List<String>> labelGroups(Entitlements entitlements) {
        List<List<String>> groups = new ArrayList<>();
        if (!entitlements.sources().isEmpty()) {
            groups.add(entitlements.sources().stream().map(id -> SOURCE + id).toList());
        }
        if (!entitlements.sections().isEmpty()) {
            groups.add(entitlements.sections().stream().map(section -> SECTION + section).toList());
        }
        if (!entitlements.tags().isEmpty()) {
            groups.add(entitlements.tags().stream().map(tag -> TAG + tag).toList());
        }
        return groups;
    }

    private static Set<String> sourceIds(Article article) {
        Set<String> ids = new LinkedHashSet<>();
        if (article.publisher != null) {
            ids.add(article.publisher.id);
        }
        article.credits.forEach(credit -> ids.add(credit.source.id));
        return ids;
    }
}
