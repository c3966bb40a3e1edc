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
import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.source.Source;
import java.util.ArrayList;
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

    /**
     * The merged resource's place in each article goes to the one it was merged into: an article naming both keeps one
     * mention of it (their counts added, the first offset and a role kept), one byline and one credit.
     */
    @Override
    public void reassign(ResourceType type, String fromId, String toId) {
        String query = queryFor(type);
        if (query == null) {
            return;
        }
        for (Article article : em.createQuery(query, Article.class).setParameter("id", fromId).getResultList()) {
            article.rememberRelated();
            switch (type) {
                case source -> moveSource(article, fromId, em.find(Source.class, toId));
                case person -> movePerson(article, fromId, em.find(Person.class, toId));
                default -> moveEntity(article, fromId, em.find(NamedEntity.class, toId));
            }
            article.updatedAt = Times.now();
            changeLog.append(article, ChangeOp.updated);
        }
    }

    private static void moveSource(Article article, String fromId, Source to) {
        if (article.publisher != null && article.publisher.id.equals(fromId)) {
            article.publisher = to;
        }
        boolean credited = article.credits.stream().anyMatch(credit -> credit.source.id.equals(to.id));
        List<Credit> credits = new ArrayList<>();
        for (Credit credit : article.credits) {
            if (!credit.source.id.equals(fromId)) {
                credits.add(credit);
            } else if (!credited) {
                credits.add(new Credit(to, credit.role));
                credited = true;
            }
        }
        article.credits.clear();
        article.credits.addAll(credits);
    }

    private static void movePerson(Article article, String fromId, Person to) {
        boolean signed = article.bylines.stream().anyMatch(byline -> byline.person.id.equals(to.id));
        List<Byline> bylines = new ArrayList<>();
        for (Byline byline : article.bylines) {
            if (!byline.person.id.equals(fromId)) {
                bylines.add(byline);
            } else if (!signed) {
                bylines.add(new Byline(to, byline.role));
                signed = true;
            }
        }
        article.bylines.clear();
        article.bylines.addAll(bylines);
        PersonMention from = article.people.stream().filter(m -> m.person.id.equals(fromId)).findFirst().orElse(null);
        if (from == null) {
            return;
        }
        PersonMention into = article.people.stream().filter(m -> m.person.id.equals(to.id)).findFirst().orElse(null);
        List<PersonMention> people = new ArrayList<>(article.people);
        people.remove(from);
        people.remove(into);
        people.add(into == null ? new PersonMention(to, from.role, count(from, null))
                : new PersonMention(to, into.role != null ? into.role : from.role, count(from, into)));
        CountedMention.replace(article.people, people);
    }

    private static void moveEntity(Article article, String fromId, NamedEntity to) {
        EntityMention from = article.entities.stream().filter(m -> m.entity.id.equals(fromId)).findFirst().orElse(null);
        if (from == null) {
            return;
        }
        EntityMention into = article.entities.stream().filter(m -> m.entity.id.equals(to.id)).findFirst().orElse(null);
        List<EntityMention> entities = new ArrayList<>(article.entities);
        entities.remove(from);
        entities.remove(into);
        entities.add(new EntityMention(to, count(from, into)));
        CountedMention.replace(article.entities, entities);
    }

    /** The mentions of both (the one merged and the one kept, when the article names it too) as one. */
    private static MentionCounter.Count count(CountedMention from, CountedMention into) {
        if (into == null) {
            return new MentionCounter.Count(from.count, from.firstOffset);
        }
        Integer first = from.firstOffset == null ? into.firstOffset
                : into.firstOffset == null ? from.firstOffset : Integer.valueOf(Math.min(from.firstOffset, into.firstOffset));
        return new MentionCounter.Count(from.count + into.count, first);
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
