package dev.lede.keys;

import dev.lede.platform.persistence.StringListJson;
import dev.lede.platform.security.Entitlements;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored API key (V17): its name, scopes and entitlements, and the SHA-256 digest of its secret, never the secret.
 * Revoking sets {@code revokedAt} and keeps the row, so the name its writes were recorded under stays its own.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {
    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String prefix;

    /** Hex SHA-256 of the secret: what a presented key is looked up by (unique). */
    @Column(name = "secret_sha256", nullable = false)
    public String secretSha256;

    @Convert(converter = StringListJson.class)
    @Column(nullable = false, length = 400)
    public List<String> scopes;

    /** Null for an unrestricted key. */
    @Convert(converter = EntitlementsJson.class)
    @Column(length = 100_000)
    public Entitlements entitlements;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    static Optional<ApiKey> bySecretDigest(String digest) {
        return find("secretSha256", digest).firstResultOptional();
    }

    static boolean nameTaken(String name) {
        return count("name", name) > 0;
    }

    Entitlements entitled() {
        return entitlements == null ? Entitlements.ALL : entitlements;
    }
}
