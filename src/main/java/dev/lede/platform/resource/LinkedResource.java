package dev.lede.platform.resource;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A named resource that other knowledge bases know too (people and entities, not sources): it keeps their
 * identifiers in its own {@code <table>_same_as} table, named by a subclass's {@code @AssociationOverride} of
 * {@code sameAs} as for the aliases.
 */
@MappedSuperclass
public abstract class LinkedResource extends NamedResource {
    /** External identifiers such as Wikidata URIs. */
    @ElementCollection
    @OrderColumn(name = "position")
    @Column(name = "uri", nullable = false)
    public List<String> sameAs = new ArrayList<>();
}
