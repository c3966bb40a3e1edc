package dev.lede.article;

import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.persistence.StringListJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One change of an article as {@link ArticleRevisions} recorded it: numbered per article from 1, with the version
 * its change event names, who made it and what it changed, and a snapshot of the article it left (JSON, see
 * {@link ArticleSnapshots}). Only ever inserted; deleted with the article (ON DELETE CASCADE).
 */
@Entity
@Table(name = "article_revision")
public class ArticleRevision extends PanacheEntityBase {
    @Id
    public String id;

    /** An association, not a bare id: ordered inserts then put a new article's row before its revisions'. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(name = "revision_number", nullable = false)
    public int number;

    @Column(name = "article_version", nullable = false)
    public long version;

    @Column(name = "occurred_at", nullable = false)
    public Instant at;

    @Column(name = "changed_by", nullable = false)
    public String by;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeOp op;

    @Convert(converter = StringListJson.class)
    @Column(name = "changed_fields", nullable = false, length = 4000)
    public List<String> changedFields;

    /**
     * The column holds up to 10,000,000 characters (V15: a snapshot is the body and more); the length here only picks
     * a varchar mapping, as Hibernate maps longer strings to a CLOB on H2 and schema validation would refuse it.
     */
    @Column(nullable = false, length = 1_000_000)
    public String snapshot;

    /** The article's latest revision, if it has any. */
    static Optional<ArticleRevision> latest(String articleId) {
        return find("article.id = ?1 order by number desc", articleId).firstResultOptional();
    }

    static Optional<ArticleRevision> numbered(String articleId, int number) {
        return find("article.id = ?1 and number = ?2", articleId, number).firstResultOptional();
    }

    /** Up to {@code limit} revisions numbered below {@code before}, newest first. */
    static List<ArticleRevision> below(String articleId, int before, int limit) {
        return find("article.id = ?1 and number < ?2 order by number desc", articleId, before).page(0, limit).list();
    }
}
