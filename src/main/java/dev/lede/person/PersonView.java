package dev.lede.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.entity.EntityRef;
import dev.lede.platform.resource.StoredView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as the API serves it; the members all catalogs have are documented in META-INF/api-docs/properties.json. */
@Schema(name = "Person", description = "A person named in articles: a speaker, an author, someone mentioned.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonView(String id, String slug, String name,
        @Schema(description = "Other names the person appears under in text; empty when none.", examples = "[\"Kirby\"]")
        List<String> aliases,
        @Schema(description = "Who the person is, e.g. their current role. Absent when unknown.",
                examples = "White House National Security Council spokesperson") String description,
        @Schema(description = "Entities the person belongs to, with the title held there; empty when none.")
        List<AffiliationView> affiliations,
        @Schema(description = "External identifiers of the same person (Wikidata, VIAF...) as absolute URIs; empty when none.",
                examples = "[\"http://www.wikidata.org/entity/Q6250239\"]") List<String> sameAs,
        @Schema(description = "Whether it waits in the review queue (GET /v1/review) for an editor to confirm what an ingest guessed.")
        boolean needsReview,
        Instant createdAt, Instant updatedAt, long version) implements StoredView {

    @Schema(name = "Affiliation", description = "A person's tie to an entity.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AffiliationView(
            @Schema(description = "The entity.") EntityRef entity,
            @Schema(description = "The title held there. Absent when unknown.", examples = "Spokesperson") String title) {
    }

    static PersonView of(Person person) {
        List<AffiliationView> affiliations = person.affiliations.stream()
                .map(a -> new AffiliationView(EntityRef.of(a.entity), a.title)).toList();
        return new PersonView(person.id, person.slug, person.name, List.copyOf(person.aliases), person.description,
                affiliations, List.copyOf(person.sameAs), person.needsReview, person.createdAt, person.updatedAt, person.version);
    }
}
