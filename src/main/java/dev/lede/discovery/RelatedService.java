package dev.lede.discovery;

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
 * <p>Bounded SQL: five statements after the subject's lookup, whatever the corpus: the subject's count, and per type
 * the {@link CoMentions#CANDIDATES} most co-mentioned, then their own counts. Only those candidates are scored: as
 * Jaccard is at most co-mentions / the subject's count, one less co-mentioned than all of them could outscore the
 * last chosen only when far more than the limit share as many articles with the subject; see the report of issue 13.
 */
@ApplicationScoped
class RelatedService {
    private static final Comparator<Related> BY_SCORE = Comparator.comparingDouble(Related::score).reversed()
            .thenComparing(Comparator.comparingLong(Related::coMentions).reversed())
            .thenComparing(Related::name).thenComparing(Related::id);

    @Inject PersonService people;
    @Inject EntityService entities;
    @Inject CoMentions coMentions;

    /** Throws a not-found failure for an unknown key and a moved one for an old slug. */
    @ReadOnly
    List<Related> related(ResourceType type, String key, CoMentions.Window window, int limit) {
        String id = type == ResourceType.person ? people.idOf(key) : entities.idOf(key);
        long subject = coMentions.mentions(type, id, window);
        List<Related> related = new ArrayList<>();
        if (subject > 0) {
            for (ResourceType other : List.of(ResourceType.person, ResourceType.entity)) {
                related.addAll(scored(type, id, other, subject, window));
            }
        }
        related.sort(BY_SCORE);
        return List.copyOf(related.subList(0, Math.min(limit, related.size())));
    }

    private List<Related> scored(ResourceType type, String id, ResourceType other, long subject, CoMentions.Window window) {
        Map<String, Long> shared = new HashMap<>();
        coMentions.coMentioned(type, id, other, window).forEach(count -> shared.put(count.id(), count.count()));
        List<Related> scored = new ArrayList<>();
        for (CoMentions.Count own : coMentions.mentions(other, shared.keySet(), window)) {
            long both = shared.get(own.id());
            double jaccard = (double) both / (subject + own.count() - both);
            scored.add(new Related(other.name(), own.id(), own.slug(), own.name(), both, Math.round(jaccard * 10_000) / 10_000.0));
        }
        return scored;
    }
}
