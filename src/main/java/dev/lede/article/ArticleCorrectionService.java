package dev.lede.article;

import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.slug.Lookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Appends correction notices. A notice is a change like any other: the article's version and updatedAt move on, a
 * "corrected" event is logged (caches, search and the change feed follow it) and a revision is stored
 * ({@link ArticleRevisions} hears the event). Only what partners may have seen is corrected: a published or withdrawn
 * article; a draft is simply edited.
 */
@ApplicationScoped
@Transactional
public class ArticleCorrectionService {
    /** Notices one article may carry: enough for any real story, and its row stays small. */
    static final int MAX_NOTICES = 50;

    @Inject EntityManager em;
    @Inject ChangeLog changeLog;

    public ArticleView correct(String key, ExpectedVersion expected, CorrectionInput notice) {
        Article article = Lookup.resolve(ResourceType.article, key, Article::byId, Article::bySlug, a -> a.slug);
        expected.check(article.version);
        if (article.status != ArticleStatus.published && article.status != ArticleStatus.withdrawn) {
            throw Failure.conflict("only a published or withdrawn article can be corrected; edit a draft instead",
                    Map.<String, Object>of("articleStatus", article.status.name()));
        }
        if (article.corrections.size() >= MAX_NOTICES) {
            throw Failure.conflict("an article carries at most " + MAX_NOTICES + " correction notices",
                    Map.<String, Object>of("notices", article.corrections.size()));
        }
        Instant now = Times.now();
        List<ArticleCorrection> notices = new ArrayList<>(article.corrections);
        notices.add(new ArticleCorrection(notice.type(), notice.text().strip(), now));
        article.corrections = List.copyOf(notices); // a new value: Hibernate sees the column change
        article.updatedAt = now;
        changeLog.append(article, ChangeOp.corrected);
        return ArticleMapper.one(em, article, ArticleMapper.SINGLE_DEFAULT);
    }
}
