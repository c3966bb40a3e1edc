package dev.lede.platform.resource;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored resource of a catalog (a person, an entity, a source): it has a display name, which its slug comes from,
 * and the other names it goes by. Each table keeps its aliases in its own {@code <table>_alias} table, with the
 * same columns: a subclass names that table and its key column with an {@code @AssociationOverride} of
 * {@code aliases}.
 */
@MappedSuperclass
public abstract class NamedResource extends StoredResource {
    @Column(nullable = false)
    public String name;

    /** Other names it goes by, in order: surface forms ("Kirby"), metonyms ("Moscow" for Russia)... */
    @ElementCollection
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false)
    public List<String> aliases = new ArrayList<>();
}
