package dev.lede.platform.cache;

import java.util.concurrent.atomic.AtomicLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Tests only: counts the requests that reach the REST layer, which a hit answered by {@link EarlyHits} must not. */
public class RestLayerRequests {
    static final AtomicLong COUNT = new AtomicLong();

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void count() {
        COUNT.incrementAndGet();
    }
}
