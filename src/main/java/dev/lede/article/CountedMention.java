package dev.lede.article;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What a mention of a person or an entity in an article has whoever is named: how often and where first. The
 * article_person and article_entity tables name these columns alike.
 */
@MappedSuperclass
public abstract class CountedMention {
    private static final Comparator<CountedMention> FIRST_NAMED_FIRST =
            Comparator.comparing(mention -> mention.firstOffset, Comparator.nullsLast(Comparator.naturalOrder()));

    @Column(name = "mention_count", nullable = false)
    public int count;

    @Column(name = "first_offset")
    public Integer firstOffset;

    protected CountedMention() {
    }

    protected CountedMention(MentionCounter.Count counted) {
        this.count = counted.mentions();
        this.firstOffset = counted.firstOffset();
    }

    /** The count and offset the input gives, with what it does not give counted in the text (by these forms). */
    static MentionCounter.Count counted(Integer givenCount, Integer givenOffset, String text, Collection<String> forms) {
        MentionCounter.Count counted = MentionCounter.count(text, forms);
        return new MentionCounter.Count(givenCount != null ? givenCount : counted.mentions(),
                givenOffset != null ? givenOffset : counted.firstOffset());
    }

    /** Articles keep their mentions in the order of the body: first named first, those named only outside it last. */
    static <M extends CountedMention> void replace(List<M> stored, List<M> mentions) {
        mentions.sort(FIRST_NAMED_FIRST);
        stored.clear();
        stored.addAll(mentions);
    }
}
