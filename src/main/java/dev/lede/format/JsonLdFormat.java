package dev.lede.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.article.ArticleFormat;
import dev.lede.article.ArticleView;
import dev.lede.article.BylineRole;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.web.AlternateFormats;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article as a schema.org {@code NewsArticle} in JSON-LD, with what Google's article guidelines ask for (headline,
 * image, datePublished, dateModified, author as Person, publisher as Organization) and what a news reader adds: what
 * it is about and mentions, the wire copy it is based on, its language, body and correction notices. Served for one
 * article only: a list has no NewsArticle form.
 */
@ApplicationScoped
public class JsonLdFormat implements ArticleFormat {
    private final ObjectMapper mapper;

    public JsonLdFormat(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String mediaType() {
        return AlternateFormats.JSON_LD;
    }

    /** Selected by Accept only: ?format= offers what lists offer too. */
    @Override
    public String name() {
        return null;
    }

    @Override
    public boolean lists() {
        return false;
    }

    @Override
    public Object page(Page<ArticleView> page) {
        return null;
    }

    @Override
    public Map<String, Object> one(ArticleView a) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("@id", Uris.article(a.id()));
        put(ld, "url", a.canonicalUrl());
        put(ld, "mainEntityOfPage", a.canonicalUrl());
        ld.put("headline", a.headline());
        put(ld, "description", a.standfirst());
        put(ld, "image", JsonLdParts.image(a.image()));
        put(ld, "datePublished", a.firstPublishedAt() != null ? a.firstPublishedAt() : a.publishedAt());
        ld.put("dateModified", a.updatedAt());
        put(ld, "author", JsonLdParts.byline(a, BylineRole.author));
        put(ld, "editor", JsonLdParts.byline(a, BylineRole.editor));
        put(ld, "translator", JsonLdParts.byline(a, BylineRole.translator));
        put(ld, "contributor", JsonLdParts.contributors(a));
        put(ld, "publisher", JsonLdParts.organization(a.publisher()));
        JsonLdParts.aboutAndMentions(a, ld);
        put(ld, "isBasedOn", JsonLdParts.basedOn(a));
        ld.put("inLanguage", a.language());
        put(ld, "articleSection", a.section());
        put(ld, "keywords", a.tags());
        ld.put("wordCount", a.wordCount());
        put(ld, "articleBody", a.body() == null || a.body().isEmpty() ? null : String.join("\n\n", a.body()));
        put(ld, "correction", JsonLdParts.corrections(Extras.of(mapper, a)));
        return ld;
    }

    /** JSON-LD has no null: an unknown value is an absent member. */
    static void put(Map<String, Object> node, String name, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            node.put(name, value);
        }
    }
}
