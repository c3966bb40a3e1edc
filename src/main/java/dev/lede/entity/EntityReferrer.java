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
                (child, parentId) -> child.parent = null));
    }
}
