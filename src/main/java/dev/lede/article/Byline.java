package dev.lede.article;

import dev.lede.person.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A person in the article's byline with what they did. */
@Embeddable
public class Byline {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    public Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public BylineRole role;

    public Byline() {
    }

    public Byline(Person person, BylineRole role) {
        this.person = person;
        this.role = role;
    }
}
