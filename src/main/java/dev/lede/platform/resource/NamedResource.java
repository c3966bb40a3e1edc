package dev.lede.platform.resource;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A stored resource of a catalog (a person, an entity, a source): it has a display name, which its slug comes from. */
@MappedSuperclass
public abstract class NamedResource extends StoredResource {
    @Column(nullable = false)
    public String name;
}
