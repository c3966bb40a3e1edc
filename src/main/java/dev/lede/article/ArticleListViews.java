package dev.lede.article;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * <p>The bytes open with a stamp of the view's shape ({@link #SCHEMA}): a view written before {@link ArticleView} or a
 * record it holds changed is not read back (the hit is read from the database instead), and the index is rebuilt at
 * start because its schema names the shape.
 */
final class ArticleListViews {
    /** The shape of a list view: every record component, recursively, and every enum's constants. */
    static final String SCHEMA = "article-view-" + Integer.toHexString(shape(ArticleView.class).hashCode());
    private static final int STAMP = SCHEMA.hashCode();

    private ArticleListViews() {
    }

    static byte[] encode(ObjectMapper json, ArticleView view) {
        try {
            byte[] body = json.writeValueAsBytes(view);
            return ByteBuffer.allocate(4 + body.length).putInt(STAMP).put(body).array();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the list view of article " + view.id(), e);
        }
    }

    /** The view these bytes hold, or null when they are missing, of another shape or unreadable. */
    static ArticleView decode(ObjectMapper json, byte[] bytes) {
        if (bytes == null || bytes.length < 4 || ByteBuffer.wrap(bytes).getInt() != STAMP) {
            return null;
        }
        try {
            return json.readValue(bytes, 4, bytes.length - 4, ArticleView.class);
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
