package dev.lede.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recognises a page seen before. The text fingerprint is taken over the extracted headline and body, normalised
 * (Unicode NFKC, case, whitespace), so the same article scraped as text or as HTML, or with different chrome
 * around it, is the same page. URLs are compared without fragment, default port or trailing slash.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    static String ofArticle(String headline, List<String> body) {
        String text = Normalizer.normalize(headline + "\n" + String.join("\n", body), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalisedUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim()).normalize();
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            boolean defaultPort = uri.getPort() == -1 || uri.getPort() == 80 || uri.getPort() == 443;
            String normal = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (defaultPort ? "" : ":" + uri.getPort()) + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return normal.length() > 2000 ? null : normal;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
