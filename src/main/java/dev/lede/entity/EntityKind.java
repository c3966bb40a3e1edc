package dev.lede.entity;

/** What kind of named thing an entity is. */
public enum EntityKind {
    country, place, organization, government_body, military_unit, agency, company, political_party, other
}
