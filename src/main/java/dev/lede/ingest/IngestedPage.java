package dev.lede.ingest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A page already turned into an article, found again by its URL or its normalised text. */
@Entity
@Table(name = "ingested_page")
public class IngestedPage extends PanacheEntityBase {
    @Id
    @Column(name = "text_hash")
    public String textHash;

    public String url;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    /** The page with this text, else the one at this URL: one statement for both. */
    static Optional<IngestedPage> matching(String textHash, String url) {
        if (url == null) {
            return findByIdOptional(textHash);
        }
        return find("textHash = ?1 or url = ?2 order by case when textHash = ?1 then 0 else 1 end", textHash, url)
                .firstResultOptional();
    }
}
