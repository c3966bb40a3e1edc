package dev.lede.article;

import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.Referrer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Articles refer to sources (publisher, credits), people (bylines, mentions) and entities (mentions). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ArticleReferrer implements Referrer {
    private static final String BY_SOURCE = "select a from Article a where a.publisher.id = :id"
            + " or exists (select 1 from Article b join b.credits c where b.id = a.id and c.source.id = :id)";
    private static final String BY_PERSON = "select a from Article a where"
            + " exists (select 1 from Article b join b.bylines l where b.id = a.id and l.person.id = :id)"
            + " or exists (select 1 from Article b join b.people m where b.id = a.id and m.person.id = :id)";
    private static final String BY_ENTITY = "select a from Article a where"
            + " exists (select 1 from Article b join b.entities m where b.id = a.id and m.entity.id = :id)";

    @Inject EntityManager em;
    @Inject ChangeLog changeLog;

    @Override
    public String name() {
        return "articles";
    }

    @Override
    public long count(ResourceType type, String id) {
        String query = queryFor(type);
        if (query == null) {
            return 0;
        }
        return em.createQuery(query.replaceFirst("select a from", "select count(a) from"), Long.class)
                .setParameter("id", id).getSingleResult();
    }

    @Override
    public void detach(ResourceType type, String id) {
        String query = queryFor(type);
        if (query == null) {
            return;
        }
        List<Article> articles = em.createQuery(query, Article.class).setParameter("id", id).getResultList();
        for (Article article : articles) {
            article.rememberRelated();
            if (article.publisher != null && article.publisher.id.equals(id)) {
                article.publisher = null;
            }
            article.credits.removeIf(credit -> credit.source.id.equals(id));
            article.bylines.removeIf(byline -> byline.person.id.equals(id));
            article.people.removeIf(mention -> mention.person.id.equals(id));
            article.entities.removeIf(mention -> mention.entity.id.equals(id));
            article.updatedAt = Times.now();
            changeLog.append(article, ChangeOp.updated);
        }
    }

    private static String queryFor(ResourceType type) {
        return switch (type) {
            case source -> BY_SOURCE;
            case person -> BY_PERSON;
            case entity -> BY_ENTITY;
            default -> null;
        };
    }
}
