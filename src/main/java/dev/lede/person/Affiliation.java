package dev.lede.person;

import dev.lede.entity.NamedEntity;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A person's tie to an entity, with the title they hold there ("Spokesperson" at the White House). */
@Embeddable
public class Affiliation {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id", nullable = false)
    public NamedEntity entity;

    /** The title held there, in the title column. */
    public String title;

    public Affiliation() {
    }

    public Affiliation(NamedEntity entity, String title) {
        this.entity = entity;
        this.title = title;
    }
}
