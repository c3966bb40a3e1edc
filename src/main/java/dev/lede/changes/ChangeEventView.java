package dev.lede.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lede.platform.changelog.ChangeEvent;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of the change feed, as partners read it. */
@Schema(name = "ChangeEvent", description = "A committed write: what happened to which resource, in commit order.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeEventView(
        @Schema(description = "The event's place in the log: gap-free and increasing in commit order.", examples = "1042")
        long seq,
        @Schema(description = "Opaque position just after this event: pass it as since to read what follows it.",
                examples = "YzE6MTA0Mg") String cursor,
        @Schema(description = "The kind of resource.", examples = "article") ResourceType type,
        @Schema(description = "What the write did. Values: created, updated, published, corrected, withdrawn, killed, "
                + "taken_down, deleted, embargo_lifted.", examples = "published") ChangeOp op,
        @Schema(description = "The resource's id.", examples = "01938f7e-6a2b-7c3d-8e4f-5a6b7c8d9e0f") String id,
        @Schema(description = "The resource's slug after the write (the one it had when deleted, for a deletion).",
                examples = "ceasefire-talks-resume") String slug,
        @Schema(description = "The resource's version after the write (its ETag's number).", examples = "3") long version,
        @Schema(description = "When the write was made (RFC 3339, UTC). Not the order: seq is.",
                examples = "2026-12-06T04:20:00Z") Instant at,
        @Schema(description = "With include=resource: the resource as a single GET returns it now (the admin view with a "
                + "key), or a ChangeTombstone when it is gone.", type = SchemaType.OBJECT) Object resource) {

    static ChangeEventView of(ChangeEvent event) {
        return new ChangeEventView(event.seq, ChangeCursor.of(event.seq), event.type, event.op, event.resourceId,
                event.slug, event.version, event.at, null);
    }

    ChangeEventView with(Object current) {
        return new ChangeEventView(seq, cursor, type, op, id, slug, version, at, current);
    }
}
