package dev.lede.article;

import dev.lede.platform.failure.Failure;
import dev.lede.platform.text.Text;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses the representation of an article read: {@code ?format=} when given (it wins over Accept, for clients that
 * cannot set headers), else the best of the media types Accept takes, JSON first when several tie (no Accept,
 * {@code *}{@code /*}). A null choice is the API's own JSON.
 */
@ApplicationScoped
public class ArticleFormats {
    /** The {@code ?format=} value of the API's own JSON. */
    static final String JSON = "json";
    private final List<ArticleFormat> formats;
    private final Map<String, ArticleFormat> byName = new TreeMap<>();

    ArticleFormats(Instance<ArticleFormat> found) {
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
    ArticleFormat forOne(String format, Request request) {
        return choose(format, request, false);
    }

    /** For a list; null means JSON. */
    ArticleFormat forList(String format, Request request) {
        return choose(format, request, true);
    }

    private ArticleFormat choose(String format, Request request, boolean list) {
        if (format != null) {
            return named(format.trim(), list);
        }
        List<Variant> offered = new ArrayList<>(List.of(new Variant(MediaType.APPLICATION_JSON_TYPE, (String) null, null)));
        formats.stream().filter(f -> !list || f.lists())
                .forEach(f -> offered.add(new Variant(MediaType.valueOf(f.mediaType()), (String) null, null)));
        Variant chosen = request.selectVariant(offered);
        if (chosen == null) { // Accept takes only what errors are served as (application/problem+json)
            throw new NotAcceptableException();
        }
        if (chosen.getMediaType().equals(MediaType.APPLICATION_JSON_TYPE)) {
            return null;
        }
        return formats.stream().filter(f -> MediaType.valueOf(f.mediaType()).equals(chosen.getMediaType()))
                .findFirst().orElse(null);
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
