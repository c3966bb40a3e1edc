package dev.lede.platform.web;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * A read whose Accept takes none of the types its operation is served as is a 406 problem (naming them, see
 * {@link AcceptableTypes}): the REST layer would otherwise answer JSON to {@code Accept: text/html}. The problem type
 * errors are served as does not count, as it is no representation of the resource. Runs once the request is matched
 * and before the response cache is asked (which then never answers such a request).
 */
public class AcceptCheck {
    private final Map<Operation, List<MediaType>> produced = new ConcurrentHashMap<>();

    /** An operation: a method as a resource class serves it (an inherited method takes the subclass's @Produces). */
    private record Operation(Class<?> resource, Method method) {
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 50, nonBlocking = true)
    public void check(ContainerRequestContext request, SimpleResourceInfo operation) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return;
        }
        Method method = method(operation);
        List<MediaType> types = method == null ? List.of()
                : produced.computeIfAbsent(new Operation(operation.getResourceClass(), method), AcceptCheck::typesOf);
        if (types.isEmpty()) {
            return;
        }
        List<MediaType> accepted;
        try {
            accepted = request.getAcceptableMediaTypes();
        } catch (RuntimeException unparsable) {
            return; // left to the REST layer and the header checks, which refuse it as a 400 naming Accept
        }
        for (MediaType range : accepted) {
            String q = range.getParameters().get("q");
            if ((q == null || !q.matches("0(\\.0*)?")) && types.stream().anyMatch(range::isCompatible)) {
                return;
            }
        }
        throw new NotAcceptableException();
    }

    private static Method method(SimpleResourceInfo operation) {
        try {
            return operation.getResourceClass().getMethod(operation.getMethodName(), operation.parameterTypes());
        } catch (NoSuchMethodException | RuntimeException e) {
            return null; // not a public method of the class: left to the REST layer
        }
    }

    private static List<MediaType> typesOf(Operation operation) {
        Produces produces = operation.method().getAnnotation(Produces.class);
        if (produces == null) {
            produces = operation.resource().getAnnotation(Produces.class);
        }
        if (produces == null) {
            produces = operation.method().getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces == null ? List.of() : Arrays.stream(produces.value()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.equals(Problem.MEDIA_TYPE)).map(MediaType::valueOf).toList();
    }
}
