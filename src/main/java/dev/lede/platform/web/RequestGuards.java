package dev.lede.platform.web;

import dev.lede.platform.config.LedeConfig;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.text.Text;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks that run once the request is matched to an operation: unknown query parameters are refused (a
 * misspelt filter must not silently return everything), and bodies over the configured size answer 413.
 */
public class RequestGuards {
    /** Longer query strings answer 414 here; the transport accepts far more so that this problem is sent. */
    static final int MAX_QUERY_LENGTH = 8192;
    /** Parameters that may be given bare ({@code ?includeTotal}); every other one needs a value. */
    private static final Set<String> FLAGS = Set.of("includeTotal", "force");
    private static final Map<Method, Map<String, Boolean>> KNOWN = new ConcurrentHashMap<>();
    private static final Map<Method, Boolean> LARGE_BODY = new ConcurrentHashMap<>();

    // Looked up per request: providers are built at static init, before runtime configuration exists.
    private final jakarta.enterprise.inject.Instance<LedeConfig> config;

    public RequestGuards(jakarta.enterprise.inject.Instance<LedeConfig> config) {
        this.config = config;
    }

    @ServerRequestFilter(nonBlocking = true)
    public void guard(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/v1/")) {
            return;
        }
        if (!LARGE_BODY.computeIfAbsent(method, RequestGuards::takesLargeBody)) {
            refuseOversizedBody(request); // operations with a @LargeBody parameter enforce their own limit
        }
        if (request.getUriInfo().getRequestUri().getRawQuery() != null
                && request.getUriInfo().getRequestUri().getRawQuery().length() > MAX_QUERY_LENGTH) {
            throw new Failure(Failure.Kind.ADDRESS_TOO_LONG, "uri-too-long", "URI too long", "the query string is longer than "
                    + MAX_QUERY_LENGTH + " characters", null, null);
        }
        Map<String, Boolean> known = KNOWN.computeIfAbsent(method, RequestGuards::queryParamsOf);
        List<FieldError> errors = new ArrayList<>();
        Map<String, List<String>> given = request.getUriInfo().getQueryParameters();
        for (String name : new TreeSet<>(given.keySet())) {
            Boolean repeatable = known.get(name);
            if (repeatable == null) {
                errors.add(new FieldError(name, known.isEmpty() ? "unknown parameter: this operation takes none"
                        : "unknown parameter; this operation accepts " + String.join(", ", new TreeSet<>(known.keySet()))));
            } else if (!FLAGS.contains(name) && given.get(name).stream().anyMatch(String::isEmpty)) {
                errors.add(new FieldError(name, "has an empty value; leave the parameter out instead"));
            } else if (!repeatable && given.get(name).size() > 1) {
                errors.add(new FieldError(name, "given " + given.get(name).size() + " times; it takes one value"));
            } else {
                refuseText(name, given.get(name), errors);
            }
        }
        request.getUriInfo().getPathParameters().forEach((name, values) -> refuseText(name, values, errors));
        if (!errors.isEmpty()) {
            throw Failure.invalidFields(errors);
        }
    }

    /** A NUL or an unpaired surrogate in a parameter (as %00 or %ED%A0%80) is refused like one in a body. */
    private static void refuseText(String name, List<String> values, List<FieldError> errors) {
        for (String value : values) {
            String refusal = Text.refusal(value);
            if (refusal != null) {
                errors.add(new FieldError(name, refusal));
                return;
            }
        }
    }

    private void refuseOversizedBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > config.get().api().maxBodyBytes()) {
                    throw Failure.tooLarge(config.get().api().maxBodyBytes());
                }
            } catch (NumberFormatException e) {
                throw Failure.invalid("Content-Length", "not a number");
            }
        }
    }

    private static boolean takesLargeBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(LargeBody.class)) {
                return true;
            }
        }
        return false;
    }

    /** The query parameters an operation declares, each with whether it may be repeated (a List). */
    private static Map<String, Boolean> queryParamsOf(Method method) {
        Map<String, Boolean> names = new java.util.TreeMap<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.put(query.value(), java.util.Collection.class.isAssignableFrom(parameter.getType()));
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            names.put(fieldQuery.value(), java.util.Collection.class.isAssignableFrom(field.getType()));
                        }
                    }
                }
            }
        }
        return Map.copyOf(names);
    }
}
