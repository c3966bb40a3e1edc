package dev.lede.ingest;

import dev.lede.platform.resource.StoredState;
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

    /** Records that the page of these fingerprints (its normalised URL, when known) was ingested into the article. */
    static void remember(StoredState.IngestedPage fingerprints, String articleId) {
        IngestedPage page = new IngestedPage();
        page.textHash = fingerprints.textHash();
        page.url = fingerprints.url();
        page.articleId = articleId;
        page.ingestedAt = fingerprints.ingestedAt();
        page.persist();
    }

    /** The article a page was ingested into, and whether by this very text (else only at this URL, with another text). */
    record Match(String articleId, boolean sameText) {
    }

    /**
     * The article of the page with this text, else of the one at this URL: one statement for both. A union of two
     * lookups, each by its own index (a single WHERE with OR has H2 scan the whole table).
     */
    static Optional<Match> articleMatching(String textHash, String url) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = getEntityManager().createNativeQuery(
                        "SELECT article_id, 0 AS preference FROM ingested_page WHERE text_hash = :hash"
                                + " UNION ALL SELECT article_id, 1 FROM ingested_page WHERE url = :url ORDER BY 2", Object[].class)
                .setParameter("hash", textHash).setParameter("url", url == null ? "" : url).setMaxResults(1).getResultList();
        return rows.stream().findFirst().map(row -> new Match((String) row[0], ((Number) row[1]).intValue() == 0));
    }

    /**
     * The page at this URL now has this text: its fingerprint moves to it (an UPDATE of the key in place, so the
     * unique URL is never held by two rows at once, as a delete and an insert flushed out of order would).
     */
    static void revised(String url, String textHash, java.time.Instant at) {
        getEntityManager().createNativeQuery("UPDATE ingested_page SET text_hash = :hash, ingested_at = :at WHERE url = :url")
                .setParameter("hash", textHash).setParameter("at", at).setParameter("url", url).executeUpdate();
    }

    /** Whether a page with this text, or at this URL, was ingested already. */
    static boolean known(String textHash, String url) {
        return findByIdOptional(textHash).isPresent() || (url != null && count("url", url) > 0);
    }
}
