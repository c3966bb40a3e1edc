package dev.lede.platform.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The media types a path's GET is served as, for the 406 problem that answers an Accept none of them satisfies (RFC
 * 9110 15.5.7: the response should list the available representations). Read once from the resources' {@code @Produces};
 * the problem type errors are served as is not a representation of the resource and is left out.
 */
final class AcceptableTypes {
    private static volatile List<Route> routes;

    private record Route(Pattern path, List<String> types) {
    }

    private AcceptableTypes() {
    }

    static Set<String> at(String path) {
        Set<String> types = new LinkedHashSet<>();
        for (Route route : routes()) {
            if (path != null && route.path.matcher(path).matches()) {
                types.addAll(route.types);
            }
        }
        if (types.isEmpty()) {
            types.add("application/json");
        }
        return types;
    }

    private static List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root != null) {
                    for (Method method : type.getMethods()) {
                        if (method.isAnnotationPresent(GET.class)) {
                            Path sub = method.getAnnotation(Path.class);
                            String template = "/" + root.value() + "/" + (sub == null ? "" : sub.value());
                            known.add(new Route(AllowedMethods.compile(normalise(template)), typesOf(method, type)));
                        }
                    }
                }
            }
            routes = known;
        }
        return known;
    }

    private static String normalise(String template) {
        String path = template.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<String> typesOf(Method method, Class<?> type) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        if (produces == null) {
            produces = type.getAnnotation(Produces.class);
        }
        List<String> types = new ArrayList<>();
        for (String value : produces == null ? new String[] {"application/json"} : produces.value()) {
            for (String one : value.split(",")) {
                if (!one.trim().equals(Problem.MEDIA_TYPE)) {
                    types.add(one.trim());
                }
            }
        }
        return types;
    }
}
