package dev.lede.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How names and headlines become the slugs in Lede's URLs. */
class SlugsTest {
    @Test
    void shouldLowerCaseFoldAccentsAndJoinWordsWithHyphens() {
        assertThat(Slugs.fromText("John Kirby")).isEqualTo("john-kirby");
        assertThat(Slugs.fromText("São Paulo's Ministério da Defesa")).isEqualTo("sao-paulo-s-ministerio-da-defesa");
        assertThat(Slugs.fromText("  US expresses concern over ‘military association’ between Russia and Iran! "))
                .isEqualTo("us-expresses-concern-over-military-association-between-russia-and-iran");
    }

    @Test
    void shouldFallBackToItemWhenNothingIsLeft() {
        assertThat(Slugs.fromText("「東京」")).isEqualTo("item");
        assertThat(Slugs.fromText("---")).isEqualTo("item");
    }

    @Test
    void shouldCutALongHeadlineAtAWordBoundaryWithinTheLimit() {
        String headline = "word ".repeat(60); // 299 characters
        String slug = Slugs.fromText(headline);
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("word").doesNotEndWith("-");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void shouldNumberCandidatesAndSuffixTheIdsRandomEnd() {
        assertThat(Slugs.numbered("john-kirby", 1)).isEqualTo("john-kirby");
        assertThat(Slugs.numbered("john-kirby", 2)).isEqualTo("john-kirby-2");
        assertThat(Slugs.withIdSuffix("john-kirby", "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e5f")).isEqualTo("john-kirby-2c1d4e5f");
        String longBase = "a".repeat(Slugs.MAX_LENGTH);
        assertThat(Slugs.withIdSuffix(longBase, "0184e0a2-5c1d-7b3e-9f00-3a5b2c1d4e5f")).hasSize(Slugs.MAX_LENGTH);
    }

    @Test
    void shouldAcceptOnlyLowerCaseAsciiWordsJoinedBySingleHyphens() {
        assertThat(Slugs.isValid("john-kirby-2")).isTrue();
        assertThat(Slugs.isValid("John-Kirby")).isFalse();
        assertThat(Slugs.isValid("john--kirby")).isFalse();
        assertThat(Slugs.isValid("-john")).isFalse();
        assertThat(Slugs.isValid("josé")).isFalse();
        assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
        assertThat(Slugs.isValid(null)).isFalse();
    }
}
