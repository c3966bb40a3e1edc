package dev.lede.article;

/** Publishing state: drafts are private, published articles public, withdrawn ones answer 410 Gone. */
public enum ArticleStatus {
    draft, published, withdrawn
}
