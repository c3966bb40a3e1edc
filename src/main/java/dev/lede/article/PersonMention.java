package dev.lede.article;

import dev.lede.person.Person;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A person named in an article: how often, where first, and the role the text gives them. */
@Embeddable
public class PersonMention extends CountedMention {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    public Person person;

    /** The role the text gives them ("the spokesman"), in the role column. */
    public String role;

    protected PersonMention() {
    }

    PersonMention(Person person, String role, MentionCounter.Count counted) {
        super(counted);
        this.person = person;
        this.role = role;
    }
}
