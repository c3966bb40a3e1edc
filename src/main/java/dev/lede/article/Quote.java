package dev.lede.article;

import dev.lede.entity.NamedEntity;
import dev.lede.person.Person;
import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.resource.StoredResource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A verbatim quotation in an article, spoken by a person or, when an institution speaks, an entity. Part of the
 * article aggregate (it cannot outlive its article); served on its own by the quote feature.
 */
@Entity
@Table(name = "quote")
public class Quote extends StoredResource {
    @Column(nullable = false, length = 10_000)
    public String text;

    /** A short scare quote (one to three words) rather than a statement. */
    @Column(nullable = false)
    public boolean fragment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_person_id")
    public Person speakerPerson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_entity_id")
    public NamedEntity speakerEntity;

    /** Character offset of the quote in the article body (paragraphs joined by a blank line). */
    @Column(name = "char_offset")
    public Integer offset;

    /** Stored by an ingest that was not sure of its speaker: waits in GET /v1/review until an editor clears it. */
    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    /** The text as the page an ingest found it on gave it (null for a quote not from a page): what a re-ingest matches. */
    @Column(name = "page_text")
    public String pageText;

    /** When an editor last changed the quote through the API (null: never): a re-ingest then leaves it as it is. */
    @Column(name = "edited_at")
    public java.time.Instant editedAt;

    public static Optional<Quote> byId(String id) {
        return findByIdOptional(id);
    }

    public static Optional<Quote> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static boolean slugTaken(String slug, String exceptId) {
        return count("slug = ?1 and id <> ?2", slug, exceptId == null ? "" : exceptId) > 0;
    }

    /** An article served with include=quotes shows its quotes: a changed quote changes that representation. */
    @Override
    public java.util.List<String> embeddedIn() {
        return article == null ? java.util.List.of() : java.util.List.of(article.id);
    }

    /** A quote is public while its article is: its event is public when the article was or is published. */
    @Override
    public boolean publicEvent(ChangeOp op) {
        return article != null && article.publicEvent(ChangeOp.updated);
    }

    /** A quote is licensed as its article is: its events carry the article's labels. */
    @Override
    public java.util.List<String> labels() {
        return article == null ? java.util.List.of() : ArticleEntitlements.labels(article);
    }

    @Override
    public ResourceType resourceType() {
        return ResourceType.quote;
    }
}
