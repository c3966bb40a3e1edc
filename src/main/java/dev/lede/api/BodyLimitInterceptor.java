package dev.lede.api;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Enforces the body limit on requests that announce no Content-Length (chunked uploads), except on {@link LargeBody}. */
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
        context.setInputStream(new Limited(context.getInputStream(), config.get().api().maxBodyBytes()));
        return context.proceed();
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw ApiException.payloadTooLarge(max);
            }
        }
    }
}
