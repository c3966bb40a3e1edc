package dev.lede.source;

import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.resource.NamedResource;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import java.util.Optional;

/** Where articles come from: a publisher, a wire agency, a broadcaster... */
@Entity
@Table(name = "source")
@AssociationOverride(name = "aliases", joinTable = @JoinTable(name = "source_alias", joinColumns = @JoinColumn(name = "source_id")))
public class Source extends NamedResource {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceKind kind;

    public String url;

    public String country;

    public String language;

    public static Optional<Source> byId(String id) {
        return findByIdOptional(id);
    }

    public static Optional<Source> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    @Override
    public ResourceType resourceType() {
        return ResourceType.source;
    }
}
