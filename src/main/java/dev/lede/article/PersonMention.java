package dev.lede.article;

import dev.lede.person.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A person named in an article: how often, where first, and the role the text gives them. */
@Embeddable
public class PersonMention {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    public Person person;

    @Column(name = "mention_count", nullable = false)
    public int count;

    @Column(name = "first_offset")
    public Integer firstOffset;

    @Column(name = "role")
    public String role;
}
