package dev.lede.format;

import dev.lede.article.ArticleFormats;
import dev.lede.platform.cache.Representations;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code ?format=} wins over Accept: for clients that cannot set headers (a feed reader, a link in a CMS), the
 * parameter replaces Accept before the REST layer matches the request, which would otherwise refuse an Accept it
 * cannot serve (406) before the operation could read the parameter. Only on the operations that take {@code format};
 * an unknown value is left for the operation to refuse (400 naming format). The response cache is told the URL chose
 * the representation, so that {@code EarlyHits} answers the next request of the URL whatever its Accept.
 */
public class FormatParameter {
    /** The article operations that take format: the list, one article, and the articles of a person, entity or source. */
    private static final Pattern TAKES_FORMAT = Pattern.compile("/v1/(articles(/[^/]+)?|(people|entities|sources)/[^/]+/articles)/?");
    private final ArticleFormats formats;

    public FormatParameter(ArticleFormats formats) {
        this.formats = formats;
    }

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void preferFormat(ContainerRequestContext request, HttpServerRequest sent, RoutingContext context) {
        String query = sent.query();
        if (query == null || !query.contains("format=") || !TAKES_FORMAT.matcher(sent.path()).matches()) {
            return;
        }
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        String type = format == null ? null : formats.mediaTypeOf(format.trim());
        if (type != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, type);
            // The cached answer of this URL is then the answer to any Accept: answered before the REST layer too.
            Representations.chosenByUrl(context);
        }
    }
}
