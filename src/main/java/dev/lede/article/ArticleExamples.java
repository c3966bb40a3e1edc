package dev.lede.article;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The concrete page type the OpenAPI document describes for article lists (the examples are data: META-INF/api-docs/articles.json). */
public final class ArticleExamples {
    private ArticleExamples() {
    }

    @Schema(name = "ArticlePage", description = "A page of articles.")
    public record ArticlePage(List<ArticleView> data, Page.Meta meta, Page.Links links) {
    }
}
