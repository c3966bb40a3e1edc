package dev.lede.api;

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
    private static final Map<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

    // Looked up per request: providers are built at static init, before runtime configuration exists.
    private final jakarta.enterprise.inject.Instance<LedeConfig> config;

    public RequestGuards(jakarta.enterprise.inject.Instance<LedeConfig> config) {
        this.config = config;
    }

    @ServerRequestFilter
    public void guard(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/v1/")) {
            return;
        }
        refuseOversizedBody(request);
        Set<String> known = KNOWN.computeIfAbsent(method, RequestGuards::queryParamsOf);
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (String name : new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
            if (!known.contains(name)) {
                unknown.add(new Problem.FieldError(name, known.isEmpty() ? "unknown parameter: this operation takes none"
                        : "unknown parameter; this operation accepts " + String.join(", ", new TreeSet<>(known))));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.validation(unknown);
        }
    }

    private void refuseOversizedBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > config.get().api().maxBodyBytes()) {
                    throw ApiException.payloadTooLarge(config.get().api().maxBodyBytes());
                }
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Content-Length", "not a number");
            }
        }
    }

    private static Set<String> queryParamsOf(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            names.add(fieldQuery.value());
                        }
                    }
                }
            }
        }
        return Set.copyOf(names);
    }
}
