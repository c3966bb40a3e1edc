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

    static Optional<IngestedPage> matching(String textHash, String url) {
        Optional<IngestedPage> byText = findByIdOptional(textHash);
        if (byText.isPresent() || url == null) {
            return byText;
        }
        return find("url", url).firstResultOptional();
    }
}
