package dev.lede.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a correction notice reads in a feed item (appended to its summary and content), and the escaping every
 * article text gets. Plain unit tests: articles carry no corrections member yet, so no feed can show one through HTTP
 * until it arrives (FeedBuilder.notices then maps it).
 */
class FeedNoticesTest {

    @Test
    void shouldRenderADatedEscapedNoticePerCorrection() {
        String html = FeedBuilder.html(List.of(
                new FeedBuilder.Notice("correction", "The minister's name is <Ana>, not Ann & co.", Instant.parse("2026-12-01T10:00:00Z")),
                new FeedBuilder.Notice("retraction", "Withdrawn claim.", Instant.parse("2026-12-02T23:59:59Z"))));
        assertThat(html).isEqualTo("<p><strong>Correction (2026-12-01):</strong> The minister&#39;s name is &lt;Ana&gt;, not Ann &amp; co.</p>"
                + "<p><strong>Retraction (2026-12-02):</strong> Withdrawn claim.</p>");
    }

    @Test
    void shouldDropWhatXmlCannotCarryButKeepTabsAndLineBreaks() {
        assertThat(FeedBuilder.clean("a\u0001b\u000Bc\tdé\n\uFFFEf\uD83D\uDE00")).isEqualTo("abc\tdé\nf\uD83D\uDE00");
        assertThat(FeedBuilder.escape("x\u0007<y>")).isEqualTo("x&lt;y&gt;");
    }
}
