package dev.lede.person;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Examples of the OpenAPI document for person operations, and the concrete page type it documents. */
public final class PersonExamples {
    private PersonExamples() {
    }

    public static final String PERSON = """
            {"id": "0184e0a2-7e3f-7d50-9b22-5c7d4e3f6071", "slug": "john-kirby", "name": "John Kirby", "aliases": ["Kirby"],
             "description": "White House National Security Council spokesperson",
             "affiliations": [{"entity": {"id": "0184e0a2-6d2e-7c4f-8a11-4b6c3d2e5f60", "slug": "white-house",
               "name": "White House", "kind": "government_body"}, "title": "Spokesperson"}],
             "sameAs": ["http://www.wikidata.org/entity/Q6250239"],
             "createdAt": "2022-12-09T12:00:00Z", "updatedAt": "2022-12-09T12:00:00Z", "version": 0}""";

    public static final String PERSON_INPUT = """
            {"name": "John Kirby", "aliases": ["Kirby"], "description": "White House National Security Council spokesperson",
             "affiliations": [{"entity": "white-house", "title": "Spokesperson"}],
             "sameAs": ["http://www.wikidata.org/entity/Q6250239"]}""";

    @Schema(name = "PersonPage", description = "A page of people.")
    public record PersonPage(List<PersonView> data, Page.Meta meta, Page.Links links) {
    }
}
