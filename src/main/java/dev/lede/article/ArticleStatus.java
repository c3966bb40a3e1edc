package dev.lede.article;

/**
 * Publishing state. Only published articles are public: drafts and embargoed articles are not found without a key,
 * withdrawn and killed ones answer 410 Gone with their notice, taken-down ones 451 Unavailable For Legal Reasons.
 * Embargoed: published before its embargoUntil, it goes out by itself at that time (the scheduler).
 */
public enum ArticleStatus {
    draft, published, withdrawn, killed, taken_down, embargoed
}
