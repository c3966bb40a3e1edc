package dev.lede.platform.resource;

import dev.lede.platform.changelog.Tracked;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every stored resource has: an opaque id, a unique slug, timestamps and an optimistic-locking version
 * that the change log records. Tables name these columns alike (see V1__foundation.sql).
 */
@MappedSuperclass
public abstract class StoredResource extends PanacheEntityBase implements Tracked {
    @Id
    public String id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @Override
    public String resourceId() {
        return id;
    }

    @Override
    public long resourceVersion() {
        return version;
    }

    @Override
    public String resourceSlug() {
        return slug;
    }
}
