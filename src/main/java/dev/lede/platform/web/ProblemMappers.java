package dev.lede.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.failure.MovedException;
import dev.lede.platform.security.Refusals;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become RFC 9457 problem details. Stack traces go to the log only. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Refusals refusals;

    public ProblemMappers(Refusals refusals) {
        this.refusals = refusals;
    }

    @ServerExceptionMapper
    public Response failure(Failure e, UriInfo uri) {
        Response.ResponseBuilder builder = Response.status(Problems.statusOf(e.kind()));
        if (e.kind() == Failure.Kind.UNAUTHENTICATED) {
            builder.header("WWW-Authenticate", "Bearer realm=\"lede\"");
        }
        if (e.kind() == Failure.Kind.BUSY) {
            builder.header("Retry-After", "1");
        }
        return problem(builder, Problems.of(e), uri);
    }

    /** A key that is not valid, or another scheme: raised before routing by SentKeys (platform/security). */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, Request request) {
        return failure(refusals.authenticationFailed(e.getCause(), request.getMethod()), uri);
    }

    /** An anonymous caller denied by an operation's {@code @RolesAllowed}. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, Request request, ResourceInfo operation) {
        return failure(refusals.anonymousDenied(request.getMethod(), operation.getResourceMethod()), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return failure(refusals.notAllowed(), uri);
    }

    @ServerExceptionMapper
    public Response moved(MovedException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        String path = uri.getRequestUri().getRawPath();
        String moved = path.replace("/" + e.oldSlug(), "/" + e.currentSlug());
        String query = uri.getRequestUri().getRawQuery();
        URI location = URI.create(moved + (query == null ? "" : "?" + query));
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        Problem body = new Problem(Problem.TYPE_BASE + "moved", "Moved permanently", read ? 301 : 308,
                "this resource is now at " + location, path, null, null);
        return Response.status(read ? 301 : 308).location(location).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return problem(Response.status(400), Problems.of(Failure.invalidFields(errors)), uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Failure failure) {
                return failure(failure, uri); // e.g. the body limit, hit while Jackson was reading a chunked body
            }
        }
        return problem(Response.status(400), Problems.of(JsonProblems.describe(e)), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentEdit(RuntimeException e, UriInfo uri) {
        return failure(Failure.preconditionFailed(
                "the resource was changed by another request at the same time; read it again and retry"), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status == 404 ? "No resource at this path" : safeDetail(e, title);
        Problem body = new Problem(Problem.TYPE_BASE + slugOf(title), title, status, detail, null, null, null);
        if (status == 406) {
            body = notAcceptable(body, uri);
        }
        Response.ResponseBuilder builder = Response.status(status);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        if (status == 405 && e.getResponse().getHeaderString("Allow") == null) {
            java.util.Set<String> allowed = AllowedMethods.at(uri.getPath());
            if (!allowed.isEmpty()) {
                builder.header("Allow", String.join(", ", allowed));
            }
        }
        return problem(builder, body, uri);
    }

    /** A 406 names the types the resource is served as, in its detail and as the extension member {@code acceptable}. */
    private static Problem notAcceptable(Problem problem, UriInfo uri) {
        java.util.Set<String> types = AcceptableTypes.at(uri.getPath());
        return new Problem(problem.type(), problem.title(), 406, "Accept takes none of the types this resource is served as: "
                + String.join(", ", types), null, null, java.util.Map.of("acceptable", List.copyOf(types)));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Failure failure) {
                return failure(failure, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentEdit((RuntimeException) cause, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return failure(Failure.conflict("the write conflicts with data that was stored at the same time; retry",
                        (java.util.Map<String, Object>) null), uri);
            }
            if (isLockWait(cause)) {
                LOG.warnf("A write on %s waited too long for a lock: %s", rawPath(uri), cause.getMessage());
                return failure(Failure.busy(), uri);
            }
            if (cause instanceof org.hibernate.exception.DataException) {
                LOG.warnf("A value was refused by the database on %s: %s", rawPath(uri), cause.getMessage());
                return failure(Failure.invalid("body", "a value is not accepted (too long or malformed)"), uri);
            }
        }
        LOG.errorf(e, "Unexpected failure on %s", rawPath(uri));
        Problem body = new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "The server failed to handle this request. It has been logged.", null, null, null);
        return problem(Response.status(500), body, uri);
    }

    /**
     * A lock timeout (H2's LOCK_TIMEOUT, PostgreSQL's lock_timeout), a deadlock the database broke, or a transaction
     * the database rolled back because of a concurrent one (a SQLTransactionRollbackException, such as H2's 40001 or
     * 90131 "concurrent update").
     */
    public static boolean isLockWait(Throwable cause) {
        return cause instanceof org.hibernate.exception.LockAcquisitionException
                || cause instanceof org.hibernate.PessimisticLockException
                || cause instanceof jakarta.persistence.PessimisticLockException
                || cause instanceof jakarta.persistence.LockTimeoutException
                || cause instanceof java.sql.SQLTransactionRollbackException;
    }

    /** {@link #isLockWait} anywhere in the chain of causes. */
    public static boolean causedByLockWait(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (isLockWait(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Problems are never kept by a cache on the way (no-store): CDNs keep a 404 for an hour by default, which would hide
     * an embargoed article after its embargo lifts, and a 503 or 429 must not outlive its cause.
     */
    static Response problem(Response.ResponseBuilder builder, Problem problem, UriInfo uri) {
        return builder.type(Problem.MEDIA_TYPE).header("Cache-Control", "no-store")
                .entity(problem.withInstance(rawPath(uri))).build();
    }

    /**
     * The request's path as sent, or null when it cannot be known: building the request URI needs a host, and a
     * mapper that fails turns a client's mistake into a 500.
     */
    static String rawPath(UriInfo uri) {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    public static String fieldOf(ConstraintViolation<?> violation) {
        // Method validation paths start with the method and argument ("create.body.headline"): keep the rest.
        StringBuilder field = new StringBuilder();
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            // A constraint on a list's elements (List<@Size String>) ends in a node named "<list element>".
            if (node.getName() == null || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            field.append(field.length() > 0 ? "." : "").append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String safeDetail(WebApplicationException e, String fallback) {
        String message = e.getMessage();
        if (message == null || message.startsWith("HTTP ") || message.contains("Exception")) {
            return fallback;
        }
        return message;
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replace(' ', '-');
    }
}
