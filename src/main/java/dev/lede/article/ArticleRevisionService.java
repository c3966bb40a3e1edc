package dev.lede.article;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.Cursor;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.security.Entitlements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;

/**
 * Reads an article's revisions ({@link ArticleRevisions} writes them). They are seen as the article is: by anyone
 * while it is published; otherwise with a key only (a draft is not found without one, a withdrawn article is gone).
 */
@ApplicationScoped
@Transactional
public class ArticleRevisionService {
    private static final String SORT = "-number";

    @Inject EntityManager em;

    /** A page of the article's revisions, newest first, and the article's id (the page depends on its writes). */
    @ReadOnly
    public Listing list(String key, boolean admin, Entitlements entitled, PageRequest page, Function<String, Page.Links> links) {
        Article article = visible(key, admin, entitled);
        Cursor after = Cursor.decode(page.cursor(), SORT, "revisions:" + article.id);
        int before = after == null ? Integer.MAX_VALUE : number(after.value());
        List<ArticleRevisionView> found = em.createQuery("select new dev.lede.article.ArticleRevisionView(r.number, "
                        + "r.version, r.at, r.by, r.op, r.changedFields) from ArticleRevision r "
                        + "where r.article.id = ?1 and r.number < ?2 order by r.number desc", ArticleRevisionView.class)
                .setParameter(1, article.id).setParameter(2, before).setMaxResults(page.limit() + 1).getResultList();
        boolean more = found.size() > page.limit();
        List<ArticleRevisionView> items = more ? found.subList(0, page.limit()) : found;
        String next = more ? new Cursor(SORT, String.valueOf(items.get(items.size() - 1).number()), article.id,
                "revisions:" + article.id).encode() : null;
        return new Listing(new Page<>(List.copyOf(items), new Page.Meta(page.limit(), next, null), links.apply(next)), article.id);
    }

    /** A page of revisions and the article they belong to. */
    public record Listing(Page<ArticleRevisionView> page, String articleId) {
    }

    /** The article as revision {@code number} left it; a number it has no revision of is not found. */
    @ReadOnly
    public ArticleView at(String key, boolean admin, Entitlements entitled, int number) {
        Article article = visible(key, admin, entitled);
        ArticleRevision revision = ArticleRevision.numbered(article.id, number)
                .orElseThrow(() -> Failure.notFound("revision", key + "/revisions/" + number));
        return ArticleRevisionViews.view(em, article.id, revision.version, ArticleSnapshots.read(revision.snapshot));
    }

    /** The article as a single read sees it (ArticleVisibility: 404 outside the entitlements, 410 or 451 unless published). */
    private static Article visible(String key, boolean admin, Entitlements entitled) {
        Article article = ArticleVisibility.resolve(key, entitled, "article");
        if (!admin) {
            ArticleVisibility.requirePublic(article, "article", key);
        }
        return article;
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw Failure.invalid("cursor", "malformed cursor; use the nextCursor value of a previous page as is");
        }
    }
}
