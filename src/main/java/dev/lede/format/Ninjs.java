package dev.lede.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An IPTC ninjs 2.2 news item (https://iptc.org/std/ninjs/), as Lede serves an article: the members are ninjs's own
 * names, in its schema's order, and absent when empty (ninjs has no nulls).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Ninjs(String uri, String type, String representationtype, String version, Instant firstcreated,
                    Instant versioncreated, Instant embargoed, String pubstatus, String ednote, String language,
                    List<Text> descriptions, List<Body> bodies, List<Text> headlines, List<Party> people,
                    List<Party> organisations, List<Party> places, List<Party> subjects, List<Source> infosources,
                    String by, String slugline, List<Rendition> renditions, List<AltId> altids, Standard standard) {

    /** A headline or description: a value with an optional role. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Text(String role, String value) {
    }

    /** The body, as HTML built from the paragraphs. */
    public record Body(String role, String contenttype, int charcount, int wordcount, String value) {
    }

    /** A person, organisation, place or subject: how the article relates to it ({@code rel}) and its Lede URI. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(String name, String rel, String uri, String literal) {
    }

    /** A party that supplied the content: the publisher or a credited source. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String name, String role, String uri, String literal) {
    }

    /** The lead image. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rendition(String name, String href, String title) {
    }

    public record AltId(String role, String value) {
    }

    /** Which standard the item follows, so a consumer can validate it. */
    public record Standard(String name, String version, String schema) {
    }
}
