package dev.lede.article;

import dev.lede.source.Source;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A source credited on an article, e.g. AFP as the wire. */
@Embeddable
public class Credit extends RoleLink<CreditRole> {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    public Source source;

    protected Credit() {
    }

    public Credit(Source source, CreditRole role) {
        super(role);
        this.source = source;
    }
}
