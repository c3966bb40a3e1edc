package dev.lede.platform.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method that only reads. Called outside any transaction (a GET), it runs in a read-only one: Hibernate
 * keeps no snapshot of what it loads, checks nothing for changes before each query and flushes nothing at commit
 * (those checks were a tenth of an uncached read). Called inside a transaction (an ingest answering with the article
 * it just stored), it joins it unchanged, so that transaction's pending writes are still flushed before it reads.
 * See {@link ReadOnlyInterceptor}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnly {
}
