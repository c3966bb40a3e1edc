package dev.lede.article;

import dev.lede.source.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A source credited on an article, e.g. AFP as the wire. */
@Embeddable
public class Credit {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    public Source source;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public CreditRole role;

    public Credit() {
    }

    public Credit(Source source, CreditRole role) {
        this.source = source;
        this.role = role;
    }
}
