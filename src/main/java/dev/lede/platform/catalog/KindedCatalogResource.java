package dev.lede.platform.catalog;

import dev.lede.platform.resource.CatalogInput;
import dev.lede.platform.resource.CatalogService;
import dev.lede.platform.resource.StoredView;
import dev.lede.platform.web.CatalogParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A catalog whose items have a kind (entities, sources): its list also filters by {@code kind}, checked against
 * {@code K} at the edge (an unknown kind is a 400 that lists the allowed ones).
 *
 * @param <K> the kinds
 */
public abstract class KindedCatalogResource<V extends StoredView, I extends Record & CatalogInput, K extends Enum<K>>
        extends CatalogResource<V, I> {
    private final Class<K> kinds;

    protected KindedCatalogResource(CatalogService<?, I, V> service, Class<V> viewType, Class<I> inputType, Class<K> kinds) {
        super(service, viewType, inputType);
        this.kinds = kinds;
    }

    @GET
    public Response list(@BeanParam CatalogParams.WithKind params, @Context UriInfo uri) {
        return list(params, params.kind(kinds), uri);
    }
}
