package dev.lede.person;

import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.Referrer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** People refer to entities through their affiliations: deleting an entity with force drops those affiliations. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonReferrer implements Referrer {
    private final ChangeLog changeLog;

    public PersonReferrer(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public long count(ResourceType type, String id) {
        return type == ResourceType.entity ? Person.countAffiliatedWith(id) : 0;
    }

    @Override
    public void detach(ResourceType type, String id) {
        if (type != ResourceType.entity) {
            return;
        }
        for (Person person : Person.affiliatedWith(id)) {
            person.affiliations.removeIf(affiliation -> affiliation.entity.id.equals(id));
            person.updatedAt = Times.now();
            changeLog.append(person, ChangeOp.updated);
        }
    }
}
