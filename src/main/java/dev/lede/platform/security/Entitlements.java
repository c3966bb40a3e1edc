package dev.lede.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The part of the content a key is entitled to: articles from these sources (ids), in these sections, or with these
 * tags. Empty lists restrict nothing; {@link #ALL} (every list empty) is an unrestricted key, the admin key's and an
 * anonymous caller's. Carried on the identity as the attribute {@link #ATTRIBUTE}.
 */
@Schema(name = "Entitlements", description = "What a key may read: articles from these sources, in these sections or with these tags.")
public record Entitlements(List<String> sources, List<String> sections, List<String> tags) {
    public static final Entitlements ALL = new Entitlements(List.of(), List.of(), List.of());
    /** The identity attribute that holds a key's entitlements. */
    public static final String ATTRIBUTE = "lede.entitlements";

    public Entitlements {
        sources = sources == null ? List.of() : List.copyOf(sources);
        sections = sections == null ? List.of() : List.copyOf(sections);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Whether the key may read everything (no list restricts it). */
    public boolean unrestricted() {
        return sources.isEmpty() && sections.isEmpty() && tags.isEmpty();
    }

    /**
     * Whether an article with these sources (its publisher and credited sources), section and tags is inside: it
     * matches every non-empty list (one of its values; OR within a list, AND across lists), compared exactly, as the
     * article list's filters compare. The rule in Java, for one article at a time; lists apply the same rule in their
     * queries.
     */
    public boolean covers(java.util.Collection<String> sourceIds, String section, java.util.Collection<String> tagValues) {
        return (sources.isEmpty() || sourceIds.stream().anyMatch(sources::contains))
                && (sections.isEmpty() || section != null && sections.contains(section))
                && (tags.isEmpty() || tagValues.stream().anyMatch(tags::contains));
    }

    /** An identity's entitlements: {@link #ALL} for one without the attribute (anonymous, the admin key). */
    public static Entitlements of(SecurityIdentity identity) {
        return identity.getAttribute(ATTRIBUTE) instanceof Entitlements entitlements ? entitlements : ALL;
    }
}
