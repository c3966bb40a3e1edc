package dev.lede.article;

import dev.lede.article.ArticleRefs.BylineRef;
import dev.lede.article.ArticleRefs.CreditRef;
import dev.lede.article.ArticleRefs.EntityMentionRef;
import dev.lede.article.ArticleRefs.Image;
import dev.lede.article.ArticleRefs.PersonMentionRef;
import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.platform.persistence.InLists;
import dev.lede.source.Source;
import dev.lede.source.SourceRef;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a revision's snapshot into the Article schema's shape. The snapshot holds references by id; their slug, name
 * and kind are today's (at most one statement per kind of reference). One deleted since keeps its id only: the
 * snapshot has nothing more. A revision embeds no quotes, and its version is the one its change event named.
 */
final class ArticleRevisionViews {
    private ArticleRevisionViews() {
    }

    static ArticleView view(EntityManager em, String articleId, long version, ArticleSnapshot s) {
        Map<String, Source> sources = load(em, Source.class, sourceIds(s), source -> source.id);
        Map<String, Person> people = load(em, Person.class, personIds(s), person -> person.id);
        Map<String, NamedEntity> entities = load(em, NamedEntity.class,
                ids(s.entities(), ArticleInput.EntityMentionInput::entity), entity -> entity.id);
        return new ArticleView(articleId, s.slug(), s.headline(), s.standfirst(), s.body(), s.language(),
                s.translatedFrom(), s.section(), orEmpty(s.tags()), s.status(), s.publishedAt(), s.firstPublishedAt(),
                s.withdrawnAt(), s.withdrawalReason(), s.wordCount() == null ? 0 : s.wordCount(), s.canonicalUrl(),
                s.originalUrl(), s.image() == null ? null : new Image(s.image().url(), s.image().caption(), s.image().credit()),
                s.publisher() == null ? null : sourceRef(s.publisher(), sources),
                orEmpty(s.credits()).stream().map(c -> credit(c, sources)).toList(),
                orEmpty(s.bylines()).stream().map(b -> byline(b, people)).toList(),
                orEmpty(s.people()).stream().map(m -> person(m, people)).toList(),
                orEmpty(s.entities()).stream().map(m -> entity(m, entities)).toList(),
                null, s.createdAt(), s.updatedAt(), version, s.publishAt(), s.embargoUntil(), s.removedAt(),
                s.removalReason(), s.corrections());
    }

    private static SourceRef sourceRef(String id, Map<String, Source> sources) {
        Source source = sources.get(id);
        return source == null ? new SourceRef(id, null, null, null) : SourceRef.of(source);
    }

    private static CreditRef credit(ArticleInput.CreditInput credit, Map<String, Source> sources) {
        SourceRef source = sourceRef(credit.source(), sources);
        return new CreditRef(source.id(), source.slug(), source.name(), source.kind(), credit.role());
    }

    private static BylineRef byline(ArticleInput.BylineInput byline, Map<String, Person> people) {
        Person person = people.get(byline.person());
        return new BylineRef(byline.person(), person == null ? null : person.slug, person == null ? null : person.name,
                byline.role());
    }

    private static PersonMentionRef person(ArticleInput.PersonMentionInput mention, Map<String, Person> people) {
        Person person = people.get(mention.person());
        return new PersonMentionRef(mention.person(), person == null ? null : person.slug, person == null ? null : person.name,
                mention.role(), mention.mentions() == null ? 0 : mention.mentions(), mention.firstOffset());
    }

    private static EntityMentionRef entity(ArticleInput.EntityMentionInput mention, Map<String, NamedEntity> entities) {
        NamedEntity entity = entities.get(mention.entity());
        return new EntityMentionRef(mention.entity(), entity == null ? null : entity.slug, entity == null ? null : entity.name,
                entity == null ? null : entity.kind, mention.mentions() == null ? 0 : mention.mentions(), mention.firstOffset());
    }

    private static Set<String> sourceIds(ArticleSnapshot s) {
        Set<String> ids = new LinkedHashSet<>(ids(s.credits(), ArticleInput.CreditInput::source));
        if (s.publisher() != null) {
            ids.add(s.publisher());
        }
        return ids;
    }

    private static Set<String> personIds(ArticleSnapshot s) {
        Set<String> ids = new LinkedHashSet<>(ids(s.bylines(), ArticleInput.BylineInput::person));
        ids.addAll(ids(s.people(), ArticleInput.PersonMentionInput::person));
        return ids;
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return orEmpty(items).stream().map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <E> Map<String, E> load(EntityManager em, Class<E> type, Collection<String> ids, Function<E, String> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String jpql = "select e from " + type.getSimpleName() + " e where e.id in :ids";
        return InLists.query(em, jpql, type, "ids", new ArrayList<>(ids)).getResultStream()
                .collect(Collectors.toMap(id, Function.identity()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
