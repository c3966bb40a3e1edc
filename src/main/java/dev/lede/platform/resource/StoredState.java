package dev.lede.platform.resource;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.platform.text.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the server owns about a stored resource, beside its write model: carried by each line of an export
 * ({@code GET /v1/export}) as {@code meta}, and kept by an import ({@code POST /v1/bulk}) instead of being made anew,
 * so that an exported Lede loaded into an empty one answers with the same ids, slugs, old slugs, timestamps,
 * versions (and so ETags) and, for articles, the same publishing state.
 */
@Schema(name = "StoredState", description = "The server-owned state of a resource in an export line (meta); an import keeps it.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StoredState(
        @Schema(description = "The resource's id.", examples = "0194f3b2-7c1e-7a3b-9c2d-1e2f3a4b5c6d")
        @NotBlank @Pattern(regexp = ID, message = "must be a Lede id (a UUID version 7)") String id,
        @Schema(description = "When it was created; the time of the import when absent.") Instant createdAt,
        @Schema(description = "When it last changed; createdAt when absent.") Instant updatedAt,
        @Schema(description = "Its version (the v of its ETag); 0 when absent.") @Min(0) Long version,
        @Schema(description = "Slugs it had before renames; they keep redirecting to it.")
        @Size(max = 1000) List<@NotBlank @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) @Size(max = 120) String> oldSlugs,
        @Schema(description = "Articles only: draft, published, withdrawn, killed, taken_down or embargoed (draft when absent).",
                enumeration = {"draft", "published", "withdrawn", "killed", "taken_down", "embargoed"})
        @Pattern(regexp = "draft|published|withdrawn|killed|taken_down|embargoed",
                message = "must be draft, published, withdrawn, killed, taken_down or embargoed") String status,
        @Schema(description = "Articles only: when it was first published.") Instant firstPublishedAt,
        @Schema(description = "Articles only: when it was withdrawn.") Instant withdrawnAt,
        @Schema(description = "Articles only: why it was withdrawn.") @Size(max = 2000) String withdrawalReason,
        @Schema(description = "Articles only: the pages ingested into it, so that ingesting one again finds it.")
        @Size(max = 100) List<@NotNull @Valid IngestedPage> ingestedPages,
        @Schema(description = "Articles only: when it was killed or taken down.") Instant removedAt,
        @Schema(description = "Articles only: why it was killed or taken down.") @Size(max = 2000) String removalReason,
        @Schema(description = "Articles only: its correction notices, oldest first.")
        @Size(max = 50) List<@NotNull @Valid Correction> corrections,
        @Schema(description = "Quotes only: the text the ingested page gave the quote, which a re-ingest matches the page's quotes by (absent for a quote the page did not give).")
        @Size(max = 10_000) String pageText,
        @Schema(description = "Quotes only: when an editor last changed (or created) the quote through the API; a re-ingest leaves such a quote as the editor left it.")
        Instant editedAt) {

    /** A Lede id: a UUID version 7, lower case. */
    public static final String ID = "^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$";

    /** A page that was ingested into the article: the hash of its normalised text, its URL and when. */
    @Schema(name = "IngestedPageState", description = "A page ingested into the article.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IngestedPage(
            @Schema(description = "SHA-256 of the page's normalised text, hex.") @NotBlank @Pattern(regexp = "^[0-9a-f]{64}$",
                    message = "must be 64 lower-case hex digits") String textHash,
            @Schema(description = "The page's normalised URL.") @Size(max = 2000) String url,
            @Schema(description = "When it was ingested.") @NotNull Instant ingestedAt) {
    }

    /** A correction notice of the article, as its {@code corrections} shows it. */
    @Schema(name = "CorrectionState", description = "A correction notice of the article.")
    public record Correction(
            @Schema(description = "correction, clarification or retraction.", enumeration = {"correction", "clarification", "retraction"})
            @NotNull @Pattern(regexp = "correction|clarification|retraction", message = "must be correction, clarification or retraction") String type,
            @Schema(description = "The notice.") @NotBlank @Size(max = 2000) String text,
            @Schema(description = "When it was appended.") @NotNull Instant at) {
    }

    /** The state of a stored resource, with the old slugs that redirect to it. */
    public static StoredState of(StoredResource resource, List<String> oldSlugs) {
        return new StoredState(resource.id, resource.createdAt, resource.updatedAt, resource.version,
                oldSlugs == null ? List.of() : List.copyOf(oldSlugs), null, null, null, null, List.of(), null, null, List.of(), null, null);
    }

    /** The same state with an article's publishing state. */
    public StoredState withPublishing(String status, Instant firstPublishedAt, Instant withdrawnAt, String withdrawalReason) {
        return new StoredState(id, createdAt, updatedAt, version, oldSlugs, status, firstPublishedAt, withdrawnAt,
                withdrawalReason, ingestedPages, removedAt, removalReason, corrections, pageText, editedAt);
    }

    /** The same state with the pages ingested into the article. */
    public StoredState withIngestedPages(List<IngestedPage> pages) {
        return new StoredState(id, createdAt, updatedAt, version, oldSlugs, status, firstPublishedAt, withdrawnAt,
                withdrawalReason, List.copyOf(pages), removedAt, removalReason, corrections, pageText, editedAt);
    }

    /** The same state with a killed or taken-down article's notice. */
    public StoredState withRemoval(Instant removedAt, String removalReason) {
        return new StoredState(id, createdAt, updatedAt, version, oldSlugs, status, firstPublishedAt, withdrawnAt,
                withdrawalReason, ingestedPages, removedAt, removalReason, corrections, pageText, editedAt);
    }

    /** True when it carries anything that only an article can have. */
    public boolean hasArticleState() {
        return status != null || firstPublishedAt != null || withdrawnAt != null || withdrawalReason != null
                || removedAt != null || removalReason != null
                || (ingestedPages != null && !ingestedPages.isEmpty()) || !correctionsOrNone().isEmpty();
    }

    public long versionOrZero() {
        return version == null ? 0 : version;
    }

    public List<String> oldSlugsOrNone() {
        return oldSlugs == null ? List.of() : oldSlugs;
    }

    public List<IngestedPage> ingestedPagesOrNone() {
        return ingestedPages == null ? List.of() : ingestedPages;
    }

    /** The same state with an article's correction notices. */
    public StoredState withCorrections(List<Correction> notices) {
        return new StoredState(id, createdAt, updatedAt, version, oldSlugs, status, firstPublishedAt, withdrawnAt,
                withdrawalReason, ingestedPages, removedAt, removalReason, List.copyOf(notices), pageText, editedAt);
    }

    public List<Correction> correctionsOrNone() {
        return corrections == null ? List.of() : corrections;
    }

    /** The same state with a quote's curation: the text its page gave it and when an editor last changed it. */
    public StoredState withQuoteCuration(String pageText, Instant editedAt) {
        return new StoredState(id, createdAt, updatedAt, version, oldSlugs, status, firstPublishedAt, withdrawnAt,
                withdrawalReason, ingestedPages, removedAt, removalReason, corrections, pageText, editedAt);
    }

    /** True when it carries anything that only a quote can have. */
    public boolean hasQuoteState() {
        return pageText != null || editedAt != null;
    }
}
