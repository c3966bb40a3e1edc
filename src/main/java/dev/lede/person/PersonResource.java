package dev.lede.person;

import dev.lede.platform.catalog.CatalogHttp;
import dev.lede.platform.catalog.CatalogResource;
import dev.lede.platform.changelog.ResourceType;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP for people: {@link CatalogResource} serves one person (get, create, replace, patch, delete); the list is here.
 * Its documentation is in META-INF/catalog-api/people.json.
 */
@Path("/v1/people")
@Tag(name = "People")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class PersonResource extends CatalogResource<PersonView, PersonInput> {
    static final Set<String> FIELDS = Set.of("id", "slug", "name", "aliases", "description", "affiliations",
            "sameAs", "createdAt", "updatedAt", "version");

    private final PersonService people;

    public PersonResource(PersonService people, CatalogHttp http) {
        super(people, http, PersonInput.class, ResourceType.person, FIELDS);
        this.people = people;
    }

    @GET
    public Response list(@BeanParam CatalogParams params, @Context UriInfo uri) {
        return page(people.list(query(params), links(uri)), params);
    }
}
