package dev.lede.platform.web;

import dev.lede.platform.failure.Failure;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Well-formed UTF-8 (RFC 3629, the Unicode standard's table 3-7): no stray continuation bytes, no overlong forms, no
 * encoded surrogates, nothing past U+10FFFF, no sequence cut short. Java's decoders replace such bytes with U+FFFD
 * without a word; a client that sends them has a bug worth a 400 instead of a name stored with a replacement mark.
 */
public final class Utf8 {
    private int needed;
    private int lower = 0x80;
    private int upper = 0xBF;

    /** Takes the next byte (0-255); false when it makes the input ill-formed. */
    public boolean accept(int b) {
        if (needed > 0) {
            if (b < lower || b > upper) {
                return false;
            }
            needed--;
            lower = 0x80;
            upper = 0xBF;
            return true;
        }
        if (b <= 0x7F) {
            return true;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            return expect(1, 0x80, 0xBF);
        }
        if (b == 0xE0) {
            return expect(2, 0xA0, 0xBF); // no overlong three-byte forms
        }
        if (b == 0xED) {
            return expect(2, 0x80, 0x9F); // no encoded surrogates
        }
        if (b >= 0xE1 && b <= 0xEF) {
            return expect(2, 0x80, 0xBF);
        }
        if (b == 0xF0) {
            return expect(3, 0x90, 0xBF); // no overlong four-byte forms
        }
        if (b >= 0xF1 && b <= 0xF3) {
            return expect(3, 0x80, 0xBF);
        }
        if (b == 0xF4) {
            return expect(3, 0x80, 0x8F); // nothing past U+10FFFF
        }
        return false;
    }

    /** True when no sequence is left unfinished. */
    public boolean complete() {
        return needed == 0;
    }

    private boolean expect(int continuations, int first, int last) {
        needed = continuations;
        lower = first;
        upper = last;
        return true;
    }

    /** True when the bytes are well-formed UTF-8. */
    public static boolean isWellFormed(byte[] bytes) {
        Utf8 check = new Utf8();
        for (byte b : bytes) {
            if (!check.accept(b & 0xFF)) {
                return false;
            }
        }
        return check.complete();
    }

    /** A body that is refused (400, naming {@code body}) at its first byte that is not well-formed UTF-8. */
    public static InputStream checked(InputStream in) {
        return new Checked(in);
    }

    private static final class Checked extends FilterInputStream {
        private final Utf8 check = new Utf8();
        private long offset;

        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                end();
            } else {
                take(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            int n = super.read(buffer, from, length);
            if (n < 0) {
                end();
            }
            for (int i = 0; i < n; i++) {
                take(buffer[from + i] & 0xFF);
            }
            return n;
        }

        private void take(int b) {
            if (!check.accept(b)) {
                throw refused("byte " + offset + " is not valid UTF-8");
            }
            offset++;
        }

        private void end() {
            if (!check.complete()) {
                throw refused("it ends inside a UTF-8 sequence");
            }
        }

        private static Failure refused(String where) {
            return Failure.invalid("body", "is not UTF-8 text: " + where);
        }
    }
}
