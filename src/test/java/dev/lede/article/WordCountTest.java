package dev.lede.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word count without a regex counts what the regex split counted, Unicode spaces included. */
class WordCountTest {
    private static int byRegex(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    @Test
    void shouldCountLikeSplittingOnWhitespaceRuns() {
        for (String text : List.of("", "   ", "one", " one two  three ", "a\tb\nc\u000Bd\fe\rf", "para one.\n\npara two",
                "\u2003lead and trail\u2003", "no\u00A0break space", "x \u2003 y", "Zoë’s café — “quoted”", "\n\n")) {
            assertThat(ArticleWriter.wordCount(text)).as(text).isEqualTo(byRegex(text));
        }
    }
}
