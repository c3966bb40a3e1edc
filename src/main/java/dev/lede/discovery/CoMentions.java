package dev.lede.discovery;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The names of the people and entities a related list shows (the counts come from the article index). */
@ApplicationScoped
class CoMentions {
    /**
     * The most names one related list reads: its page (at most 100) and what ties with the page's last on score and
     * co-mentions (which only the names order); see {@link RelatedRanking#contenders}.
     */
    static final int CANDIDATES = 256;

    /** A date window; either bound may be null. {@code after} is inclusive, {@code before} exclusive, like the article list's. */
    record Window(Instant after, Instant before) {
    }

    /** A person or entity as a related list names it. */
    record Named(String id, String slug, String name) {
    }

    private final EntityManager em;

    CoMentions(EntityManager em) {
        this.em = em;
    }

    /** The slug and name of each of these people or entities that exists, in one statement. */
    @SuppressWarnings("unchecked")
    List<Named> of(ResourceType type, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery(InLists.expand("SELECT id, slug, name FROM " + type.name() + " WHERE id IN :ids", "ids", ids.size()));
        InLists.bind(query, "ids", ids);
        List<Named> named = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            named.add(new Named((String) row[0], (String) row[1], (String) row[2]));
        }
        return named;
    }
}
