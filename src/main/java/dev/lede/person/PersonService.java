package dev.lede.person;

import dev.lede.entity.EntityService;
import dev.lede.entity.NamedEntity;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.resource.CatalogService;
import dev.lede.platform.resource.ReviewQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * People: the one place that reads and writes them (the operations every catalog shares are in
 * {@link CatalogService}). Reads run in a transaction too: people are mapped to DTOs before it ends (the session
 * is not request-scoped, so nothing loads lazily afterwards).
 */
@ApplicationScoped
@Transactional
public class PersonService extends CatalogService<Person, PersonInput, PersonView> {
    @Inject
    EntityService entities;

    public PersonService() {
        super(Person.class, Person::new, PersonView::of, PersonInput::of);
    }

    @Override
    protected Consumer<Person> fields(Person resource, PersonInput input) {
        List<Affiliation> affiliations = affiliationsOf(input.affiliations());
        return person -> {
            person.description = trimmedOrNull(input.description());
            person.aliases.clear();
            person.aliases.addAll(trimmed(input.aliases()));
            person.sameAs.clear();
            person.sameAs.addAll(trimmed(input.sameAs()));
            person.affiliations.clear();
            person.affiliations.addAll(affiliations);
            person.needsReview = Boolean.TRUE.equals(input.needsReview());
        };
    }

    /**
     * A merge: besides the names, the duplicate's affiliations (with entities the survivor is not tied to), external
     * ids and, when the survivor has none, description go to the survivor; an editor merging has reviewed it.
     */
    @Override
    protected void absorb(Person survivor, Person duplicate) {
        super.absorb(survivor, duplicate);
        duplicate.affiliations.stream()
                .filter(tie -> survivor.affiliations.stream().noneMatch(own -> own.entity.id.equals(tie.entity.id)))
                .forEach(tie -> survivor.affiliations.add(new Affiliation(tie.entity, tie.title)));
        duplicate.sameAs.stream().filter(uri -> !survivor.sameAs.contains(uri)).forEach(survivor.sameAs::add);
        survivor.description = survivor.description != null ? survivor.description : duplicate.description;
        survivor.needsReview = false;
    }

    /** People an ingest created unsure of them, newest first (the review queue's part of this catalog). */
    @ReadOnly
    public List<ReviewQueue.Flagged> awaitingReview(ReviewQueue.After after, int limit) {
        return ReviewQueue.flagged(em(), ResourceType.person, "Person", "name", after, limit);
    }

    @Override
    protected void fetchDetails(List<Person> page) {
        Person.fetchDetails(page);
    }

    /** Resolves each affiliation's entity; every unknown one is reported under its own field path. */
    private List<Affiliation> affiliationsOf(List<PersonInput.AffiliationInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        List<Affiliation> affiliations = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PersonInput.AffiliationInput input = inputs.get(i);
            Optional<NamedEntity> entity = entities.find(input.entity().trim());
            if (entity.isEmpty()) {
                unknown.add(new FieldError("affiliations[" + i + "].entity", "no entity '" + input.entity() + "'"));
                continue;
            }
            affiliations.add(new Affiliation(entity.get(), trimmedOrNull(input.title())));
        }
        if (!unknown.isEmpty()) {
            throw Failure.invalidFields(unknown);
        }
        return affiliations;
    }
}
