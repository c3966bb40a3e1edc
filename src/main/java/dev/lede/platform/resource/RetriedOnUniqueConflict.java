package dev.lede.platform.resource;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write whose whole transaction runs again when it loses a race on a unique key. Two clients creating "John Kirby"
 * at the same moment both derive the slug john-kirby; the second commit fails on the unique index, and running its
 * transaction again derives john-kirby-2. The one mechanism for that race: put it on a {@code @Transactional}
 * service method that starts its own transaction ({@link UniqueConflictRetry} wraps the transaction, so each attempt
 * is a fresh one). Called inside a caller's transaction it does not retry: that caller's boundary owns the retry.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriedOnUniqueConflict {
}
