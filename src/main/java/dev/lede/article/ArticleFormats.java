package dev.lede.article;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import dev.lede.platform.web.AlternateFormats;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses the representation of an article read: {@code ?format=} when given (it wins over Accept, for clients that
 * cannot set headers), else the format Accept prefers by {@link AlternateFormats#preferred}, the rule the response cache
 * keys by. A null choice is the API's own JSON (no Accept, {@code *}{@code /*}, a format a list does not offer).
 */
@ApplicationScoped
public class ArticleFormats {
    /** The {@code ?format=} value of the API's own JSON. */
    static final String JSON = "json";
    private final HttpHeaders headers;
    private final List<ArticleFormat> formats;
    private final Map<String, ArticleFormat> byName = new TreeMap<>();

    ArticleFormats(Instance<ArticleFormat> found, HttpHeaders headers) {
        this.headers = headers;
        this.formats = found.stream().toList();
        formats.stream().filter(f -> f.name() != null).forEach(f -> byName.put(f.name(), f));
    }

    /** The media type a {@code ?format=} value names, or null when it names none (the resource then refuses it). */
    public String mediaTypeOf(String name) {
        if (JSON.equals(name)) {
            return MediaType.APPLICATION_JSON;
        }
        ArticleFormat format = byName.get(name);
        return format == null ? null : format.mediaType();
    }

    /** For one article; null means JSON. */
    ArticleFormat forOne(String format) {
        return choose(format, false);
    }

    /** For a list; null means JSON. */
    ArticleFormat forList(String format) {
        return choose(format, true);
    }

    private ArticleFormat choose(String format, boolean list) {
        if (format != null) {
            return named(format.trim(), list);
        }
        // The cache keeps a URL's formats apart by the same rule, so the two cannot disagree on what a request gets.
        String preferred = AlternateFormats.preferred(headers.getHeaderString(HttpHeaders.ACCEPT));
        return preferred == null ? null : formats.stream()
                .filter(f -> f.mediaType().equals(preferred) && (!list || f.lists())).findFirst().orElse(null);
    }

    private ArticleFormat named(String name, boolean list) {
        if (name.equals(JSON)) {
            return null;
        }
        ArticleFormat found = byName.get(name);
        if (found == null || list && !found.lists()) {
            List<String> allowed = new ArrayList<>(List.of(JSON));
            byName.values().stream().filter(f -> !list || f.lists()).forEach(f -> allowed.add(f.name()));
            throw Failure.invalid("format", "unknown value '" + Text.shorten(name) + "'; allowed: " + String.join(", ", allowed));
        }
        return found;
    }
}
