package dev.lede.format;

import dev.lede.entity.EntityKind;

/** What each kind of entity is in the formats: a place or an organisation (ninjs), and its schema.org type. */
final class EntityKinds {
    private EntityKinds() {
    }

    /** ninjs's places: countries and other named locations. */
    static boolean isPlace(EntityKind kind) {
        return kind == EntityKind.country || kind == EntityKind.place;
    }

    /** ninjs's organisations: every administrative or functional structure, military units and parties included. */
    static boolean isOrganisation(EntityKind kind) {
        return kind != null && !isPlace(kind) && kind != EntityKind.other;
    }

    /** The most specific schema.org type that holds for every entity of the kind. */
    static String schemaOrgType(EntityKind kind) {
        if (kind == null) {
            return "Thing";
        }
        return switch (kind) {
            case country -> "Country";
            case place -> "Place";
            case government_body, agency -> "GovernmentOrganization";
            case company -> "Corporation";
            case political_party -> "PoliticalParty";
            case organization, military_unit -> "Organization";
            case other -> "Thing";
        };
    }
}
