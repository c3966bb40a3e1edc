package dev.lede.entity;

import dev.lede.platform.changelog.ChangeLog;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.Referrer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Child entities refer to their parent: deleting a parent with force leaves its children at the top level. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EntityReferrer implements Referrer {
    private final ChangeLog changeLog;

    public EntityReferrer(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public long count(ResourceType type, String id) {
        return type == ResourceType.entity ? NamedEntity.countChildrenOf(id) : 0;
    }

    @Override
    public void detach(ResourceType type, String id) {
        if (type != ResourceType.entity) {
            return;
        }
        for (NamedEntity child : NamedEntity.childrenOf(id)) {
            child.parent = null;
            child.updatedAt = Times.now();
            changeLog.append(child, ChangeOp.updated);
        }
    }
}
