package dev.lede.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request body parameter that is exempt from the general body limit ({@code lede.api.max-body-bytes},
 * enforced by {@link RequestGuards} and {@link BodyLimitInterceptor}) because the operation enforces a limit of
 * its own. Used by the bulk load ({@code POST /v1/bulk}, {@code lede.bulk.max-body-bytes}); nothing else should
 * need it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface LargeBody {
}
