package dev.lede.article;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * A link from an article to a catalog resource with the part it played: a byline's person and what they did, a
 * credit's source and why. The article_byline and article_credit tables both keep that part in a {@code role}
 * column; each subclass adds its own link.
 */
@MappedSuperclass
public abstract class RoleLink<R extends Enum<R>> {
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public R role;

    protected RoleLink() {
    }

    protected RoleLink(R role) {
        this.role = role;
    }
}
