package dev.lede.article;

import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.InLists;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which articles' documents a run of change-log events changes. */
final class ArticleSearchChanges {
    /** The kinds of resource whose names (and aliases) articles' documents hold. */
    static final Set<ResourceType> NAMED = Set.of(ResourceType.person, ResourceType.entity, ResourceType.source);
    private static final Map<ResourceType, List<String>> NAMING = Map.of(
            ResourceType.person, List.of("select a.id from Article a join a.people m where m.person.id in :ids",
                    "select a.id from Article a join a.bylines b where b.person.id in :ids"),
            ResourceType.entity, List.of("select a.id from Article a join a.entities m where m.entity.id in :ids"),
            ResourceType.source, List.of("select a.id from Article a where a.publisher.id in :ids",
                    "select a.id from Article a join a.credits c where c.source.id in :ids"));

    private ArticleSearchChanges() {
    }

    /**
     * The articles written, and those naming a person, entity or source that was updated (a rename or a new alias
     * changes their documents; one just created is named by no article yet).
     */
    static Set<String> affected(EntityManager em, List<ChangeEvent> events) {
        Set<String> articles = new LinkedHashSet<>();
        for (ChangeEvent event : events) {
            if (event.type == ResourceType.article) {
                articles.add(event.resourceId);
            }
        }
        for (ResourceType type : NAMED) {
            List<String> changed = new ArrayList<>();
            events.stream().filter(e -> e.type == type && e.op == ChangeOp.updated).forEach(e -> changed.add(e.resourceId));
            for (int i = 0; i < changed.size(); i += InLists.MAX) {
                List<String> chunk = changed.subList(i, Math.min(changed.size(), i + InLists.MAX));
                for (String jpql : NAMING.get(type)) {
                    articles.addAll(InLists.query(em, jpql, String.class, "ids", chunk).getResultList());
                }
            }
        }
        return articles;
    }
}
