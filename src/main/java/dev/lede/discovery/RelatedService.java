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
 * the co-mentions, one over the window's for everyone's own count. SQL: the subject's lookup and the names of the
 * {@link CoMentions#CANDIDATES} most co-mentioned of each type, whatever the corpus. (Counting with GROUP BY in the
 * database made a popular subject read hundreds of thousands of rows per request, and H2 stalled under a few
 * dozen at once.)
 */
@ApplicationScoped
class RelatedService {
    private static final Comparator<Related> BY_SCORE = Comparator.comparingDouble(Related::score).reversed()
            .thenComparing(Comparator.comparingLong(Related::coMentions).reversed())
            .thenComparing(Related::name).thenComparing(Related::id);

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
        List<Related> related = new ArrayList<>();
        if (subject > 0) {
            Map<ResourceType, Map<String, Long>> own = coMentions.named(null, null, window.after(), window.before());
            for (ResourceType other : List.of(ResourceType.person, ResourceType.entity)) {
                related.addAll(scored(id, other, subject, shared.get(other), own.get(other)));
            }
        }
        related.sort(BY_SCORE);
        return List.copyOf(related.subList(0, Math.min(limit, related.size())));
    }

    private List<Related> scored(String id, ResourceType other, long subject, Map<String, Long> shared, Map<String, Long> own) {
        List<String> candidates = shared.entrySet().stream().filter(e -> !e.getKey().equals(id))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CoMentions.CANDIDATES).map(Map.Entry::getKey).toList();
        List<Related> scored = new ArrayList<>();
        for (CoMentions.Named named : names.of(other, candidates)) {
            long both = shared.get(named.id());
            long theirs = Math.max(both, own.getOrDefault(named.id(), both));
            double jaccard = (double) both / (subject + theirs - both);
            scored.add(new Related(other.name(), named.id(), named.slug(), named.name(), both, Math.round(jaccard * 10_000) / 10_000.0));
        }
        return scored;
    }
}
