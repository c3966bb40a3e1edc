package dev.lede.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A compact reference to a person, embedded in articles (bylines, mentions) and quotes (speakers). */
@Schema(name = "PersonRef", description = "A compact reference to a person.")
public record PersonRef(
        @Schema(description = "Person id.", examples = "0184e0a2-7e3f-7d50-9b22-5c7d4e3f6071") String id,
        @Schema(description = "Person slug.", examples = "john-kirby") String slug,
        @Schema(description = "Display name.", examples = "John Kirby") String name) {

    public static PersonRef of(Person person) {
        return person == null ? null : new PersonRef(person.id, person.slug, person.name);
    }
}
