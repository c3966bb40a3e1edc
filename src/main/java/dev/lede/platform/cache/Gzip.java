package dev.lede.platform.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * The gzip form of a cached response, made once when the response is stored and served to every request that accepts
 * it: feed readers, browsers and CDNs all send {@code Accept-Encoding: gzip}, and a 350 KB full-text feed is mostly
 * the time it takes to write its bytes. Compressing on each request (Quarkus' {@code enable-compression}) would spend
 * that CPU again for every hit; here a hit costs no more than the identity form does.
 *
 * <p>The gzip form is a representation of its own (RFC 9110 8.8.3): its strong ETag is the identity form's with
 * {@value #ETAG_SUFFIX}, so a conditional request is answered 304 only for the form it would be sent, and the two
 * forms' validators never collide in a cache that stores both (it varies on {@code Accept-Encoding}).
 */
final class Gzip {
    /** Below this the gzip header and trailer eat most of the saving, and the answer fits a packet anyway. */
    static final int MIN_BYTES = 1024;
    static final String ETAG_SUFFIX = "-gzip";
    static final String CODING = "gzip";

    private Gzip() {
    }

    /** The gzip form of a body, or null when it is too small to be worth one or would not be smaller. */
    static byte[] compress(byte[] identity) {
        if (identity.length < MIN_BYTES) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(identity.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(identity);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory", e);
        }
        return out.size() < identity.length ? out.toByteArray() : null;
    }

    /**
     * Whether an {@code Accept-Encoding} takes gzip (RFC 9110 12.5.3): {@code gzip}, {@code x-gzip} or {@code *} with a
     * q above 0, unless gzip itself is refused with q=0. A value that does not parse takes nothing but identity.
     */
    static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isEmpty()) {
            return false;
        }
        boolean byName = false;
        boolean refused = false;
        boolean byWildcard = false;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            boolean wanted = quality(parts) > 0;
            if (name.equals(CODING) || name.equals("x-gzip")) {
                byName |= wanted;
                refused |= !wanted;
            } else if (name.equals("*")) {
                byWildcard = wanted;
            }
        }
        return byName || byWildcard && !refused;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                String q = parameter.substring(2).trim();
                return q.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?") ? Double.parseDouble(q) : 0;
            }
        }
        return 1;
    }

    /**
     * The form one request is sent: the gzip one when there is one and the request accepts it, else the identity one.
     * {@code etag} is the form's own (without quotes).
     */
    record Form(byte[] body, String etag, boolean gzipped) {
        static Form of(byte[] identity, byte[] gzipped, String etag, String acceptEncoding) {
            return gzipped != null && accepted(acceptEncoding) ? new Form(gzipped, etag + ETAG_SUFFIX, true)
                    : new Form(identity, etag, false);
        }
    }
}
