package dev.lede.article;

import dev.lede.platform.persistence.InLists;
import dev.lede.platform.persistence.StringListJson;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's paragraphs, in a table of their own (V29): H2 decodes whole rows, so a body kept in the article row was
 * read by every list, search page and feed that shows none. Reached only through {@link Article#body()}, a lazy to-one
 * that Hibernate loads for a whole page of articles in one statement (batch fetching) when a read asks for bodies.
 */
@Entity
@Table(name = "article_body")
public class ArticleBody {
    @Id
    @Column(name = "article_id")
    String articleId;

    /** Paragraphs in order, stored as one JSON array (see {@link StringListJson}). */
    @Convert(converter = StringListJson.class)
    @Column(name = "body", nullable = false, length = 1_000_000)
    List<String> paragraphs = new ArrayList<>();

    protected ArticleBody() {
    }

    ArticleBody(String articleId) {
        this.articleId = articleId;
    }

    /**
     * The paragraphs of these articles (at most one IN list of ids) by article id, in one statement, without loading
     * the articles or their bodies into the persistence context.
     */
    public static Map<String, List<String>> of(EntityManager em, Collection<String> articleIds) {
        Map<String, List<String>> bodies = new HashMap<>();
        InLists.query(em, "select b.articleId, b.paragraphs from ArticleBody b where b.articleId in :ids", Object[].class,
                "ids", articleIds).getResultList().forEach(row -> bodies.put((String) row[0], paragraphs(row[1])));
        return bodies;
    }

    @SuppressWarnings("unchecked")
    private static List<String> paragraphs(Object column) {
        return (List<String>) column;
    }

    /** Methods, not fields, are read through a lazy reference: a method call on it loads it (with its batch). */
    List<String> paragraphs() {
        return paragraphs;
    }

    void replace(List<String> paragraphs) {
        this.paragraphs = paragraphs;
    }
}
