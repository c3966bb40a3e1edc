package dev.lede.article;

/** Why a source is credited on an article besides its publisher. */
public enum CreditRole {
    wire, partner, syndication, photo, other
}
