package dev.lede.ingest;

import dev.lede.article.ArticleView;
import dev.lede.ingest.extract.Extraction;
import dev.lede.quote.QuoteInput;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The catalog ids that the names of a page link to, and which of them the ingest created (new candidates): quotes
 * find their speakers here by name, and the result hides a dry run's new ids and says which items are new.
 */
final class Links {
    final Map<String, String> personIds = new HashMap<>();
    final Map<String, String> entityIds = new HashMap<>();
    final Map<String, String> sourceIds = new HashMap<>();
    private final Set<String> created = new HashSet<>();

    /** The links of an article stored before, for answering a duplicate with the ids it names. */
    static Links of(ArticleView stored) {
        Links links = new Links();
        stored.people().forEach(p -> links.personIds.put(p.name(), p.id()));
        stored.bylines().forEach(b -> links.personIds.put(b.name(), b.id()));
        stored.entities().forEach(e -> links.entityIds.put(e.name(), e.id()));
        if (stored.publisher() != null) {
            links.sourceIds.put(stored.publisher().name(), stored.publisher().id());
        }
        stored.credits().forEach(c -> links.sourceIds.put(c.name(), c.id()));
        return links;
    }

    /** Notes an item this ingest created, and answers its id. */
    String created(String id) {
        created.add(id);
        return id;
    }

    boolean isNew(String id) {
        return id != null && created.contains(id);
    }

    QuoteInput.SpeakerInput speaker(Extraction.QuoteFound quote) {
        if (quote.speakerName() == null) {
            return null;
        }
        String type = "entity".equals(quote.speakerType()) ? "entity" : "person";
        String id = (type.equals("entity") ? entityIds : personIds).get(quote.speakerName());
        return id == null ? null : new QuoteInput.SpeakerInput(type, id);
    }
}
