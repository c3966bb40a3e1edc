package dev.lede.platform.web;

import static dev.lede.platform.web.AlternateFormats.JSON_LD;
import static dev.lede.platform.web.AlternateFormats.NINJS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule that picks JSON or an alternate format from an Accept, shared by the renderers and the cache. */
class AlternateFormatsTest {
    @Test
    void jsonUnlessAnAlternateFormatIsAskedForAtLeastAsMuch() {
        assertThat(AlternateFormats.preferred(null)).isNull();
        assertThat(AlternateFormats.preferred("*/*")).isNull();
        assertThat(AlternateFormats.preferred("application/json")).isNull();
        assertThat(AlternateFormats.preferred("text/html,application/xhtml+xml,*/*;q=0.8")).isNull();
        assertThat(AlternateFormats.preferred("application/ninjs+json")).isEqualTo(NINJS);
        assertThat(AlternateFormats.preferred("Application/LD+JSON")).isEqualTo(JSON_LD);
        assertThat(AlternateFormats.preferred("application/ninjs+json, */*;q=0.1")).isEqualTo(NINJS);
        assertThat(AlternateFormats.preferred("application/json;q=0.5, application/ld+json")).isEqualTo(JSON_LD);
        assertThat(AlternateFormats.preferred("application/json, application/ld+json;q=0.9")).isNull();
        assertThat(AlternateFormats.preferred("application/ld+json, application/ninjs+json")).as("tie: ninjs first")
                .isEqualTo(NINJS);
        assertThat(AlternateFormats.preferred("application/ninjs+json;q=0")).isNull();
        assertThat(AlternateFormats.preferred("application/ninjs+json;q=abc")).as("unparsable q counts as 0").isNull();
    }
}
