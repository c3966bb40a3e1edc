package dev.lede.platform.web;

import dev.lede.platform.failure.Failure;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that is refused with a 413 once more than {@code max} bytes have been read: the limit for bodies
 * that announce no Content-Length (chunked uploads), whose size is known only as they arrive. Bytes read before the
 * limit have been handed on (a bulk load has committed the lines before it).
 */
public final class LimitedBody extends FilterInputStream {
    private final long max;
    private long read;

    public LimitedBody(InputStream in, long max) {
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
            throw Failure.tooLarge(max);
        }
    }
}
