package dev.lede.bulk;

import dev.lede.platform.web.Utf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The lines of an NDJSON body, each checked to be well-formed UTF-8 on its own: a line that is not is refused alone
 * (a decoder over the whole stream would either replace the bad bytes silently or stop reading at them), and the
 * lines after it are read as usual. A line ends at LF, an optional CR before it is dropped.
 */
final class NdjsonLines {
    /** A line: its text, or null when its bytes are not UTF-8. */
    record Line(String text) {
        boolean wellFormed() {
            return text != null;
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    NdjsonLines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the body. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line.size() == 0 ? null : decode(line.toByteArray());
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.write(buffer, start, position - start);
            if (position < limit) {
                position++; // the LF
                return decode(line.toByteArray());
            }
        }
    }

    private static Line decode(byte[] bytes) {
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        byte[] text = length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
        return Utf8.isWellFormed(text) ? new Line(new String(text, StandardCharsets.UTF_8)) : new Line(null);
    }
}
