package dev.lede.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.article.ArticleRefs.Image;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list view a search document stores is read back as it was written, and never when it was written for another
 * shape of {@link ArticleView}: such a hit is read from the database instead.
 */
class ArticleListViewsTest {
    @Test
    void aViewIsReadBackWholeToTheNanosecond() {
        Instant at = Instant.parse("2026-12-07T10:15:30.123456789Z");
        // "Cafe\u0301": a decomposed accent, which the application's request mapper would normalise.
        ArticleView view = new ArticleView("id-1", "a-slug", "A headline at the Cafe\u0301", "A dek", null, "pt", "en", "world",
                List.of("tag-a", "tag-b"), ArticleStatus.withdrawn, at, at.minusSeconds(60), at.plusSeconds(5), "Legal",
                412, "https://example.com/a", "https://example.org/a", new Image("https://example.com/a.jpg", "Caption", "Credit"),
                null, null, null, null, null, null, at.minusSeconds(3600), at.plusSeconds(9), 7, null, null, null, null,
                List.of(new ArticleCorrection(CorrectionType.correction, "An earlier version misstated it.", at)));

        assertThat(ArticleListViews.decode(ArticleListViews.encode(view))).isEqualTo(view);
    }

    @Test
    void aViewOfAnotherShapeOrDamagedIsNotRead() {
        ArticleView view = new ArticleView("id-2", "s", "H", null, null, "en", null, null, List.of(), ArticleStatus.published,
                null, null, null, null, 1, null, null, null, null, null, null, null, null, null,
                Instant.EPOCH, Instant.EPOCH, 0, null, null, null, null, null);
        byte[] bytes = ArticleListViews.encode(view);
        byte[] otherShape = bytes.clone();
        ByteBuffer.wrap(otherShape).putInt(ArticleListViews.SCHEMA.hashCode() + 1);

        assertThat(ArticleListViews.decode(otherShape)).isNull();
        assertThat(ArticleListViews.decode(Arrays.copyOf(bytes, bytes.length - 3))).isNull();
        assertThat(ArticleListViews.decode(new byte[] {1, 2})).isNull();
        assertThat(ArticleListViews.decode(null)).isNull();
    }

    /** The shape that names the index's schema covers the records a view holds and the values of its enums. */
    @Test
    void theShapeCoversNestedRecordsAndEnumValues() {
        String shape = ArticleListViews.shape(ArticleView.class);
        assertThat(shape).contains("corrections:java.util.List<dev.lede.article.ArticleCorrection(type:dev.lede.article.CorrectionType[")
                .contains("image:dev.lede.article.ArticleRefs$Image(url:java.lang.String,caption:java.lang.String,credit:java.lang.String)")
                .contains("withdrawn").contains("wordCount:int");
    }
}
