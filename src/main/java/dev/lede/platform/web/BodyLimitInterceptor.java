package dev.lede.platform.web;

import dev.lede.platform.config.LedeConfig;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads every request body through two checks: the body limit for requests that announce no Content-Length (chunked
 * uploads; except on {@link LargeBody}, whose operation has a larger limit of its own), and, for JSON bodies,
 * well-formed UTF-8 ({@link Utf8}: RFC 8259 asks for it, and Jackson would otherwise read some broken sequences as
 * other characters).
 */
@Provider
public class BodyLimitInterceptor implements ReaderInterceptor {
    // Looked up per request: providers are built at static init, before runtime configuration exists.
    private final jakarta.enterprise.inject.Instance<LedeConfig> config;

    public BodyLimitInterceptor(jakarta.enterprise.inject.Instance<LedeConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        for (java.lang.annotation.Annotation annotation : context.getAnnotations()) {
            if (annotation instanceof LargeBody) {
                return context.proceed(); // the operation enforces its own, larger limit
            }
        }
        InputStream body = new LimitedBody(context.getInputStream(), config.get().api().maxBodyBytes());
        context.setInputStream(isJson(context.getMediaType()) ? Utf8.checked(body) : body);
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }
}
