package dev.lede.feed;

import dev.lede.article.ArticleRefs.BylineRef;
import dev.lede.article.ArticleView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns article views into a {@link Feed}: links made absolute with the configured base URL, text escaped into HTML,
 * the people and entities an article names as categories beside its section and tags (so a reader can follow a
 * person or an entity across feeds), correction notices appended to the summary and content.
 */
final class FeedBuilder {
    private static final DateTimeFormatter NOTICE_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final String base;
    private final String site;

    /** {@code base}: the API's absolute URL, without a trailing slash; {@code site}: the name feeds carry. */
    FeedBuilder(String base, String site) {
        this.base = base;
        this.site = site;
    }

    /**
     * The feed of these articles (newest first), narrowed to {@code subject} by its path (null for all articles), at
     * {@code selfPath} (the request's raw path and query). Its date is its newest item's update.
     */
    Feed feed(Feed.Subject subject, String selfPath, String language, List<ArticleView> articles, boolean fullText) {
        List<Feed.Item> items = articles.stream().map(article -> item(article, fullText)).toList();
        Instant updated = items.stream().map(Feed.Item::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        String title = subject == null ? site + ": newest articles" : site + ": " + clean(subject.name());
        String description = subject == null ? "The newest published articles."
                : "The newest published articles " + switch (subject.collection()) {
                    case "people" -> "that name " + clean(subject.name()) + " or carry their byline.";
                    case "entities" -> "that name " + clean(subject.name()) + ".";
                    default -> "published or credited by " + clean(subject.name()) + ".";
                };
        String home = subject == null ? base + "/v1/articles" : base + "/v1/" + subject.collection() + "/" + subject.slug() + "/articles";
        return new Feed(subject, title, description, home, base + selfPath, language, updated, site, items);
    }

    Feed.Item item(ArticleView article, boolean fullText) {
        List<Notice> notices = notices(article);
        String url = article.canonicalUrl() != null ? article.canonicalUrl() : base + "/v1/articles/" + article.slug();
        String summaryHtml = paragraphs(article.standfirst() == null ? List.of() : List.of(article.standfirst())) + html(notices);
        String contentHtml = fullText ? paragraphs(article.body()) + html(notices) : null;
        return new Feed.Item(article.id(), url, clean(article.headline()), clean(article.standfirst()), summaryHtml, contentHtml,
                article.publishedAt(), article.updatedAt(), article.language(),
                article.image() == null ? null : article.image().url(), authors(article.bylines()), categories(article));
    }

    /** The correction notices the article carries, oldest first (lists carry them: one JSON column of the row). */
    static List<Notice> notices(ArticleView article) {
        return article.corrections() == null ? List.of()
                : article.corrections().stream().map(c -> new Notice(c.type().name(), c.text(), c.at())).toList();
    }

    /** A dated notice shown with the article: a correction, a clarification or a retraction. */
    record Notice(String type, String text, Instant at) {
    }

    static String html(List<Notice> notices) {
        StringBuilder html = new StringBuilder();
        for (Notice notice : notices) {
            String type = notice.type().isEmpty() ? notice.type()
                    : Character.toUpperCase(notice.type().charAt(0)) + notice.type().substring(1);
            html.append("<p><strong>").append(escape(type)).append(" (").append(NOTICE_DATE.format(notice.at()))
                    .append("):</strong> ").append(escape(notice.text())).append("</p>");
        }
        return html.toString();
    }

    static String paragraphs(List<String> texts) {
        StringBuilder html = new StringBuilder();
        for (String text : texts) {
            html.append("<p>").append(escape(text)).append("</p>");
        }
        return html.toString();
    }

    /** Text as HTML character data or attribute value: the five characters HTML gives a meaning to, as references. */
    static String escape(String text) {
        String clean = clean(text);
        StringBuilder escaped = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Text without the characters XML 1.0 cannot carry (C0 controls other than tab and line breaks, U+FFFE, U+FFFF),
     * which stored text may hold (it refuses only NUL and lone surrogates) and which an XML writer refuses outright.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.substring(0, i));
            } else if (allowed && clean != null) {
                clean.append(c);
            }
        }
        return clean == null ? text : clean.toString();
    }

    private List<Feed.Author> authors(List<BylineRef> bylines) {
        return bylines == null ? List.of()
                : bylines.stream().map(b -> new Feed.Author(b.id(), clean(b.name()), base + "/v1/people/" + b.slug())).toList();
    }

    private List<Feed.Category> categories(ArticleView article) {
        List<Feed.Category> categories = new ArrayList<>();
        if (article.section() != null) {
            categories.add(new Feed.Category(null, clean(article.section()), null, null));
        }
        article.tags().forEach(tag -> categories.add(new Feed.Category(null, clean(tag), null, null)));
        if (article.people() != null) {
            article.people().forEach(p -> categories.add(new Feed.Category(p.id(), p.slug(), clean(p.name()), base + "/v1/people/")));
        }
        if (article.entities() != null) {
            article.entities().forEach(e -> categories.add(new Feed.Category(e.id(), e.slug(), clean(e.name()), base + "/v1/entities/")));
        }
        return categories;
    }
}
