package dev.lede.platform.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class: its responses are never kept by the response cache, nor by any cache on the way
 * ({@code Cache-Control: no-store}), and identical requests arriving together are not made to wait for the first
 * ({@link ResponseCacheFilter}). For answers that depend on the moment rather than on stored state alone: the change
 * feed, whose long-polls with one cursor from many partners would otherwise queue behind one another, and whose page
 * for a cursor grows as events commit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Unshared {
}
