package dev.lede.article;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * An article's list view (no body, no embed: what a page of a list shows by default) as the bytes its search document
 * stores, so a page of search hits is served from the index without reading the database (as Elasticsearch serves
 * {@code _source}). The index rewrites an article's document after every write to it, and nothing else a list view
 * shows can change: its tags, dates, status and notices are the article's own.
 *
 * <p>The bytes open with a stamp ({@link #SCHEMA}) of the view's shape and of {@link #VERSION}: a view written before
 * {@link ArticleView}, a record it holds or the way {@link ArticleMapper} fills a list view changed is not read back
 * (the hit is read from the database instead) until the article is written again or the index rebuilt
 * ({@code POST /v1/admin/reindex}, online). The index is not emptied for it: its searches keep answering meanwhile.
 *
 * <p>Written and read with a plain mapper of this class's own, not the application's, which checks request bodies
 * (strict text, Unicode normalisation, size limits): a view must come back exactly as it went in.
 */
final class ArticleListViews {
    /** Bump when {@link ArticleMapper} fills a list view differently (what the shape alone does not show). */
    static final int VERSION = 1;
    /** The shape of a list view (every record component, recursively, and every enum's constants) and the version. */
    static final String SCHEMA = "article-view-" + VERSION + "-" + Integer.toHexString(shape(ArticleView.class).hashCode());
    private static final int STAMP = SCHEMA.hashCode();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private ArticleListViews() {
    }

    static byte[] encode(ArticleView view) {
        try {
            byte[] body = JSON.writeValueAsBytes(view);
            return ByteBuffer.allocate(4 + body.length).putInt(STAMP).put(body).array();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the list view of article " + view.id(), e);
        }
    }

    /** The view these bytes hold, or null when they are missing, of another shape or unreadable. */
    static ArticleView decode(byte[] bytes) {
        if (bytes == null || bytes.length < 4 || ByteBuffer.wrap(bytes).getInt() != STAMP) {
            return null;
        }
        try {
            return JSON.readValue(bytes, 4, bytes.length - 4, ArticleView.class);
        } catch (IOException e) {
            return null;
        }
    }

    static String shape(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            StringJoiner arguments = new StringJoiner(",", "<", ">");
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(t -> arguments.add(shape(t)));
            return shape(parameterized.getRawType()) + arguments;
        }
        if (!(type instanceof Class<?> c)) {
            return type.getTypeName();
        }
        if (c.isEnum()) {
            return c.getName() + Arrays.toString(c.getEnumConstants());
        }
        if (!c.isRecord()) {
            return c.getName();
        }
        StringJoiner components = new StringJoiner(",", c.getName() + "(", ")");
        for (RecordComponent component : c.getRecordComponents()) {
            components.add(component.getName() + ":" + shape(component.getGenericType()));
        }
        return components.toString();
    }
}
