package dev.lede.article;

import dev.lede.platform.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI schema of a page of revisions (the list envelope, typed). */
@Schema(name = "ArticleRevisionPage", description = "A page of an article's revisions, newest first.")
public record ArticleRevisionPage(List<ArticleRevisionView> data, Page.Meta meta, Page.Links links) {
}
