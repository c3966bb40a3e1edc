package dev.lede.article;

import dev.lede.person.Person;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A person in the article's byline with what they did. */
@Embeddable
public class Byline extends RoleLink<BylineRole> {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    public Person person;

    protected Byline() {
    }

    public Byline(Person person, BylineRole role) {
        super(role);
        this.person = person;
    }
}
