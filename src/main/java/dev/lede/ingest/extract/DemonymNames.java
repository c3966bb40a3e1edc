package dev.lede.ingest.extract;

/**
 * "the Iranian Foreign Ministry": a demonym opening a body's name qualifies the rest of the name by its country, as
 * "Iran's Foreign Ministry" does, so the name is a short form ("Foreign Ministry") of that country's body. The
 * demonyms are the country data's ({@link CountryData#countryOfDemonym}), grammar-level data like the first names.
 */
final class DemonymNames {

    /** A name read as its country and the rest of the name ("Iranian Foreign Ministry" -> Iran, "Foreign Ministry"). */
    record Qualified(String country, String rest) {
    }

    /**
     * The demonym (one word or two: "South Korean") that opens {@code name}, when what follows is a name of two
     * capitalised words or more; else null. "Iranian Parliament" is left alone (one word is no short form the
     * grammar of official names yields), and so is a name that is only a demonym.
     */
    static Qualified of(String name) {
        int first = name.indexOf(' ');
        if (first < 0) return null;
        int second = name.indexOf(' ', first + 1);
        if (second > 0) {
            Qualified two = qualified(name, second);
            if (two != null) return two;
        }
        return qualified(name, first);
    }

    private static Qualified qualified(String name, int space) {
        String country = CountryData.countryOfDemonym(name.substring(0, space));
        String rest = name.substring(space + 1);
        if (country == null || rest.indexOf(' ') < 0 || !Character.isUpperCase(rest.codePointAt(0))) return null;
        return new Qualified(country, rest);
    }

    private DemonymNames() {
    }
}
