package dev.lede.article;

import dev.lede.platform.changelog.ChangeOp;
import dev.lede.platform.changelog.ListMarkers;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.resource.StoredResource;
import dev.lede.source.Source;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A news article and the links it owns: publisher, credits, bylines, mentions and tags. Quotes are their own
 * resource (the quote feature's Quote, which this package does not know) pointing at the article.
 */
@Entity
@Table(name = "article")
public class Article extends StoredResource {
    @Column(nullable = false)
    public String headline;

    public String standfirst;

    /** Its paragraphs, apart from the row (see {@link ArticleBody}): loaded only by a read that shows them. */
    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL)
    @PrimaryKeyJoinColumn
    private ArticleBody text;

    @Column(nullable = false)
    public String language;

    @Column(name = "translated_from")
    public String translatedFrom;

    public String section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "first_published_at")
    public Instant firstPublishedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** A draft is published by the scheduler at this time (null: only by POST publish). */
    @Column(name = "publish_at")
    public Instant publishAt;

    /** Publishing before this time leaves the article embargoed until then (null: no embargo). */
    @Column(name = "embargo_until")
    public Instant embargoUntil;

    /** When a killed or taken-down article was removed, and why: its notice. */
    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "removal_reason")
    public String removalReason;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    @Column(name = "original_url")
    public String originalUrl;

    @Embedded
    public LeadImage image = new LeadImage();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publisher_id")
    public Source publisher;

    @ElementCollection
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false)
    public List<String> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_credit", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<Credit> credits = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_byline", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<Byline> bylines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_person", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<PersonMention> people = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_entity", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<EntityMention> entities = new ArrayList<>();

    /** The status as loaded (null for a new article): a write matters to public lists if it was or is published. */
    @Transient
    private ArticleStatus statusAtLoad;

    /** What the article related to before this transaction changed its links (null while they are unchanged). */
    @Transient
    private Set<String> relatedBefore;

    @PostLoad
    void loaded() {
        statusAtLoad = status;
    }

    /** Its labels when it was removed (for its deletion's change event). */
    @Transient
    private List<String> labelsAtRemoval;

    /** Once removed and flushed, its collections can no longer be read: what it related to (and its labels) is taken now. */
    @PreRemove
    void removing() {
        labelsAtRemoval = ArticleEntitlements.labels(this);
        if (statusAtLoad == ArticleStatus.published) {
            rememberRelated();
        }
    }

    /** To be called before publisher, credits, bylines, people or entities change: the lists it leaves change too. */
    public void rememberRelated() {
        if (relatedBefore == null) {
            relatedBefore = relatedIds();
        }
    }

    /**
     * A draft that stays a draft (or is deleted) is in no public list. Otherwise the write can move the article
     * within or across the unfiltered lists, the lists narrowed to each source, person and entity it names or
     * named, and the quote lists (its quotes are public only while it is published).
     */
    @Override
    public List<String> listsChanged(ChangeOp op) {
        boolean publicBefore = statusAtLoad == ArticleStatus.published;
        boolean publicAfter = op != ChangeOp.deleted && status == ArticleStatus.published;
        if (!publicBefore && !publicAfter) {
            return List.of();
        }
        Set<String> related = new LinkedHashSet<>();
        if (publicBefore) {
            related.addAll(relatedBefore != null ? relatedBefore : relatedIds());
        }
        if (publicAfter) {
            related.addAll(relatedIds());
        }
        List<String> markers = new ArrayList<>();
        markers.add(ListMarkers.unnarrowed(ResourceType.article));
        markers.add(ListMarkers.unnarrowed(ResourceType.quote));
        related.forEach(id -> markers.add(ListMarkers.narrowedTo(ResourceType.article, id)));
        return markers;
    }

    /** Whether the change feed shows this write to everyone: the article is, or was once, public. */
    @Override
    public boolean publicEvent(ChangeOp op) {
        // Ever public: published before or after this write, or once (a withdrawn article's kill, takedown or deletion
        // is news to a partner who holds a copy; a draft's or an embargo's writes are not).
        return statusAtLoad == ArticleStatus.published || status == ArticleStatus.published || firstPublishedAt != null;
    }

    /** Its sources, section and tags as this write leaves them: which entitled keys see the event (V22). */
    @Override
    public List<String> labels() {
        return labelsAtRemoval != null ? labelsAtRemoval : ArticleEntitlements.labels(this);
    }

    private Set<String> relatedIds() {
        Set<String> ids = new LinkedHashSet<>();
        if (publisher != null) {
            ids.add(publisher.id);
        }
        credits.forEach(credit -> ids.add(credit.source.id));
        bylines.forEach(byline -> ids.add(byline.person.id));
        people.forEach(mention -> ids.add(mention.person.id));
        entities.forEach(mention -> ids.add(mention.entity.id));
        return ids;
    }

    /** Its paragraphs in order (empty for a copy made without them); the first call on a page loads the page's. */
    public List<String> body() {
        return text == null ? List.of() : text.paragraphs();
    }

    /** Sets its paragraphs: a new article's body row is made here, stored with it (cascade). */
    void body(List<String> paragraphs) {
        text = text != null ? text : new ArticleBody(id);
        text.replace(paragraphs);
    }

    public static Optional<Article> byId(String id) {
        return findByIdOptional(id);
    }

    public static Optional<Article> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static boolean slugTaken(String slug, String exceptId) {
        return count("slug = ?1 and id <> ?2", slug, exceptId == null ? "" : exceptId) > 0;
    }

    @Override
    public ResourceType resourceType() {
        return ResourceType.article;
    }

    /** Correction notices, oldest first (appended by {@link ArticleCorrectionService}); empty when none. */
    @Convert(converter = CorrectionsJson.class)
    @Column(length = 200_000)
    public List<ArticleCorrection> corrections = List.of();
}
