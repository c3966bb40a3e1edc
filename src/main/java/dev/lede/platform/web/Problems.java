package dev.lede.platform.web;

import dev.lede.platform.failure.Failure;

/** The one table from a kind of failure to its HTTP status, and from a failure to its problem body. */
public final class Problems {
    private Problems() {
    }

    public static int statusOf(Failure.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
            case PRECONDITION_FAILED -> 412;
            case TOO_LARGE -> 413;
            case ADDRESS_TOO_LONG -> 414;
            case UNSUPPORTED_FORMAT -> 415;
            case UNPROCESSABLE -> 422;
            case PRECONDITION_REQUIRED -> 428;
            case LEGALLY_UNAVAILABLE -> 451;
            case BUSY -> 503;
        };
    }

    /** The body a failure is answered with (without its instance, which the request gives). */
    public static Problem of(Failure failure) {
        return new Problem(Problem.TYPE_BASE + failure.code(), failure.title(), statusOf(failure.kind()),
                failure.detail(), null, failure.errors(), failure.details());
    }
}
