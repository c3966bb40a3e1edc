package dev.lede.format;

/**
 * The stable identifiers the formats give Lede's resources: URNs of their ids, which never change (a slug may) and do
 * not depend on the host a response was served from (a cached body is shared by every host name).
 */
final class Uris {
    private Uris() {
    }

    static String article(String id) {
        return "urn:lede:article:" + id;
    }

    static String person(String id) {
        return "urn:lede:person:" + id;
    }

    static String entity(String id) {
        return "urn:lede:entity:" + id;
    }

    static String source(String id) {
        return "urn:lede:source:" + id;
    }

    /** "A", "A and B", "A, B and C": bylines as a sentence. */
    static String names(java.util.List<String> names) {
        if (names.size() < 2) {
            return names.isEmpty() ? null : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
