package dev.lede.person;

import dev.lede.entity.NamedEntity;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.resource.ReferrerOf;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * People refer to entities through their affiliations: deleting an entity with force drops those affiliations.
 * A singleton (no client proxy): it holds no state and is only called inside a delete's transaction.
 */
@Singleton
@Transactional(Transactional.TxType.MANDATORY)
public class PersonReferrer extends ReferrerOf<Person> {
    public PersonReferrer() {
        super("people", ResourceType.entity, new Link<>(Person::countAffiliatedWith, Person::affiliatedWith,
                (person, entityId) -> person.affiliations.removeIf(affiliation -> affiliation.entity.id.equals(entityId)),
                PersonReferrer::relink));
    }

    /** An affiliation with the merged entity becomes one with the entity it was merged into (once: a second is dropped). */
    private static void relink(Person person, String fromId, String toId) {
        boolean tiedAlready = person.affiliations.stream().anyMatch(affiliation -> affiliation.entity.id.equals(toId));
        List<Affiliation> moved = new ArrayList<>();
        for (Affiliation affiliation : person.affiliations) {
            if (!affiliation.entity.id.equals(fromId)) {
                moved.add(affiliation);
            } else if (!tiedAlready) {
                moved.add(new Affiliation(NamedEntity.<NamedEntity>findById(toId), affiliation.title));
                tiedAlready = true;
            }
        }
        person.affiliations.clear();
        person.affiliations.addAll(moved);
    }
}
