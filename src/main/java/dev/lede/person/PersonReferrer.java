package dev.lede.person;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.resource.ReferrerOf;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * People refer to entities through their affiliations: deleting an entity with force drops those affiliations.
 * A singleton (no client proxy): it holds no state and is only called inside a delete's transaction.
 */
@Singleton
@Transactional(Transactional.TxType.MANDATORY)
public class PersonReferrer extends ReferrerOf<Person> {
    public PersonReferrer() {
        super("people", ResourceType.entity, new Link<>(Person::countAffiliatedWith, Person::affiliatedWith,
                (person, entityId) -> person.affiliations.removeIf(affiliation -> affiliation.entity.id.equals(entityId))));
    }
}
