package dev.lede.entity;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.resource.ReferrerOf;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * Child entities refer to their parent: deleting a parent with force leaves its children at the top level.
 * A singleton (no client proxy): it holds no state and is only called inside a delete's transaction.
 */
@Singleton
@Transactional(Transactional.TxType.MANDATORY)
public class EntityReferrer extends ReferrerOf<NamedEntity> {
    public EntityReferrer() {
        super("entities", ResourceType.entity, new Link<>(NamedEntity::countChildrenOf, NamedEntity::childrenOf,
                (child, parentId) -> child.parent = null,
                EntityReferrer::relink));
    }

    /**
     * A child of the merged entity becomes a child of the one it was merged into, unless that one is below the child
     * (it would be its own ancestor): the child then goes to the top level.
     */
    private static void relink(NamedEntity child, String fromId, String toId) {
        NamedEntity parent = NamedEntity.findById(toId);
        int depth = 0;
        for (NamedEntity up = parent; up != null && depth < 64; up = up.parent, depth++) {
            if (up.id.equals(child.id)) {
                child.parent = null;
                return;
            }
        }
        child.parent = parent;
    }
}
