package dev.lede.article;

import dev.lede.entity.NamedEntity;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An entity named in an article: how often and where first. */
@Embeddable
public class EntityMention extends CountedMention {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id", nullable = false)
    public NamedEntity entity;

    protected EntityMention() {
    }

    EntityMention(NamedEntity entity, MentionCounter.Count counted) {
        super(counted);
        this.entity = entity;
    }
}
