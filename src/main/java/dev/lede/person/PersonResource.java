package dev.lede.person;

import dev.lede.platform.catalog.CatalogResource;
import dev.lede.platform.web.CatalogParams;
import dev.lede.platform.web.Problem;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP for people: one person (and its merge) is served as every catalog serves its items ({@link CatalogResource});
 * the list is here, as people have no kind to filter by. What the OpenAPI document says of people alone is in
 * META-INF/api-docs/people.json.
 */
@Path("/v1/people")
@Tag(name = "People")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class PersonResource extends CatalogResource<PersonView, PersonInput> {
    public PersonResource(PersonService people) {
        super(people, PersonView.class, PersonInput.class);
    }

    @GET
    public Response list(@BeanParam CatalogParams params, @Context UriInfo uri) {
        return list(params, null, uri);
    }
}
