package dev.lede.discovery;

import dev.lede.article.ArticleCoMentions;
import dev.lede.entity.EntityService;
import dev.lede.person.PersonService;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people and entities named in the same published articles as a person or an entity, scored by the Jaccard index
 * of their sets of articles: co-mentions / (articles naming the subject + articles naming the other - co-mentions).
 *
 * <p>Why Jaccard: it discounts the ubiquitous (a country named in half the corpus shares many articles with anyone,
 * but its own count swells the denominator), and, unlike PMI or normalised PMI, it does not crown the rare: a name
 * seen once, in one of the subject's hundred articles, gets 1/100, not the maximal association PMI gives to a pair
 * never seen apart. It is bounded (0 to 1), so scores compare across subjects, and cheap to compute from counts.
 *
 * <p>The counts come from the article index ({@link ArticleCoMentions}): one pass over the subject's articles for
 * the co-mentions, one over the window's for everyone's own count. Every co-mentioned person and entity is scored
 * from them ({@link RelatedRanking}: no name needed, so a rare name with a high score is never missed), and only the
 * few that can reach the page are named, the page's and those tied with its last on score and count, whose order
 * only the name settles. SQL: the subject's lookup and at most one statement per type for at most
 * {@link CoMentions#CANDIDATES} names, whatever the corpus. (Counting with GROUP BY in the database made a popular
 * subject read hundreds of thousands of rows per request, and H2 stalled under a few dozen at once; naming the 256
 * most co-mentioned of each type before scoring them spent most of a request sorting thousands of boxed counts.)
 */
@ApplicationScoped
class RelatedService {
    private static final Comparator<Related> BY_SCORE = Comparator.comparingDouble(Related::score).reversed()
            .thenComparing(Comparator.comparingLong(Related::coMentions).reversed())
            .thenComparing(Related::name).thenComparing(Related::id);
    private static final List<ResourceType> TYPES = List.of(ResourceType.person, ResourceType.entity);

    @Inject PersonService people;
    @Inject EntityService entities;
    @Inject CoMentions names;
    @Inject ArticleCoMentions coMentions;

    /** Throws a not-found failure for an unknown key and a moved one for an old slug. */
    @ReadOnly
    List<Related> related(ResourceType type, String key, CoMentions.Window window, int limit) {
        String id = type == ResourceType.person ? people.idOf(key) : entities.idOf(key);
        Map<ResourceType, Map<String, Long>> shared = coMentions.named(type, id, window.after(), window.before());
        long subject = shared.get(type).getOrDefault(id, 0L);
        if (subject == 0) {
            return List.of();
        }
        Map<ResourceType, Map<String, Long>> own = coMentions.named(null, null, window.after(), window.before());
        RelatedRanking ranking = new RelatedRanking(TYPES.stream().mapToInt(other -> shared.get(other).size()).sum());
        for (ResourceType other : TYPES) {
            ranking.score(other, id, subject, shared.get(other), own.get(other));
        }
        List<Related> related = named(ranking, ranking.contenders(limit, CoMentions.CANDIDATES));
        related.sort(BY_SCORE);
        return List.copyOf(related.subList(0, Math.min(limit, related.size())));
    }

    /** These candidates with their slugs and names, read in one statement per type; any that no longer exists is left out. */
    private List<Related> named(RelatedRanking ranking, List<Integer> contenders) {
        List<Related> related = new ArrayList<>(contenders.size());
        for (ResourceType other : TYPES) {
            Map<String, Integer> indexes = new HashMap<>();
            for (int index : contenders) {
                if (ranking.type(index) == other) {
                    indexes.put(ranking.id(index), index);
                }
            }
            for (CoMentions.Named named : names.of(other, indexes.keySet())) {
                related.add(ranking.related(indexes.get(named.id()), named.slug(), named.name()));
            }
        }
        return related;
    }
}
