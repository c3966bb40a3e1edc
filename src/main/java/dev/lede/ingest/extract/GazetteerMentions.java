package dev.lede.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a gazetteer hit names in its context: a capital is its country unless it is where something happens,
 * a demonym names a body only with a government noun or a military word after it, and a country's
 * possessive military ("Ukraine's air force") is a unit, not the country.
 */
final class GazetteerMentions {

    private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "authorities", "administration",
            "officials", "regime", "leadership", "state", "diplomats", "diplomacy");
    private static final Pattern MILITARY_AFTER = Pattern.compile("^\\s+(aerospace forces|armed forces|air force|navy|army|military|special forces|ground forces|national guard|coast guard)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE_MILITARY = Pattern.compile("^['’]s (air force|armed forces|army|navy|military|special forces|ground forces|national guard|coast guard)\\b", Pattern.CASE_INSENSITIVE);

    /** Adds to {@code out} the mention, if any, that the hit {@code h} makes in {@code text}. */
    static void add(List<Mention> out, String text, Gazetteer.Hit h) {
        Gazetteer.Entry e = h.entry();
        switch (e.via()) {
            case CAPITAL -> capital(out, text, h, e);
            case DEMONYM -> demonym(out, text, h, e);
            case PLACE -> {
                // "Sydney Sweeney", "the Chicago Tribune", "Houston Rockets": a city beside another capitalised word is part of that name
                if (!GluedNames.besideCapitalised(text, h.start(), h.end())) out.add(new Mention(h.start(), h.end(), h.surface(), e.name(), e.kind(), false));
            }
            case NAME, ALIAS -> named(out, text, h, e);
            default -> out.add(new Mention(h.start(), h.end(), h.surface(), e.name(), e.kind(), false));
        }
    }

    private static void capital(List<Mention> out, String text, Gazetteer.Hit h, Gazetteer.Entry e) {
        if (GluedNames.insideLongerName(text, h.start(), h.end())) return; // "the Berlin Marathon"
        String before = Text.wordBefore(text, h.start());
        if (EntityKeywords.LOCATIVE.contains(before) || !h.surface().equals(e.name()) && officeOf(text, h.start(), before)) out.add(new Mention(h.start(), h.end(), h.surface(), h.surface(), "place", false));
        else out.add(new Mention(h.start(), h.end(), h.surface(), e.name(), e.kind(), false));
    }

    /** Offices of a city, not of a country ("the President of Mexico" is the country's). */
    private static final Set<String> CITY_OFFICES = Set.of("mayor", "governor", "mayors", "governors");

    /**
     * "a former mayor of Mexico City", "the governor of Tokyo": a city's office names the city, not its country (a
     * capital that is also the country's name, "Singapore", "Kuwait", is left to the country: the caller checks).
     */
    private static boolean officeOf(String text, int s, String before) {
        if (!before.equals("of")) return false;
        int p = s;
        while (p > 0 && text.charAt(p - 1) == ' ') p--;
        return CITY_OFFICES.contains(Text.wordBefore(text, p - 2));
    }

    private static void demonym(List<Mention> out, String text, Gazetteer.Hit h, Gazetteer.Entry e) {
        String rest = Text.window(text, h.end());
        Matcher mil = MILITARY_AFTER.matcher(rest);
        if (mil.find()) {
            String name = h.surface() + " " + Text.titleCase(mil.group(1));
            int end = h.end() + mil.end();
            out.add(new Mention(h.start(), end, text.substring(h.start(), end), name, "military_unit", false));
        } else {
            String next = Text.wordAfter(text, h.end());
            if (GOVERNMENT_NOUNS.contains(next)) {
                int end = h.end() + 1 + next.length();
                out.add(new Mention(h.start(), end, text.substring(h.start(), end), e.name(), "country", false));
            }
        }
    }

    private static void named(List<Mention> out, String text, Gazetteer.Hit h, Gazetteer.Entry e) {
        Matcher mil = "country".equals(e.kind()) ? POSSESSIVE_MILITARY.matcher(Text.window(text, h.end())) : null;
        if (mil != null && mil.find()) {
            // "Ukraine's air force" is the Ukrainian Air Force, a unit, not the country
            String demonym = demonymOf(e.name());
            int end = h.end() + mil.end();
            out.add(new Mention(h.start(), end, text.substring(h.start(), end),
                    (demonym != null ? demonym : e.name()) + " " + Text.titleCase(mil.group(1)), "military_unit", false));
            return;
        }
        if ("country".equals(e.kind()) && GluedNames.insideLongerName(text, h.start(), h.end())) return; // "Team USA"
        // "Apple Daily": a one-word company's name opening a newspaper's name is part of that name
        if ("company".equals(e.kind()) && h.surface().indexOf(' ') < 0 && GluedNames.opensANewspapersName(text, h.end())) return;
        // "Labour Minister Olivier Dussopt": a party or body named inside a capitalised title is the title
        String next = Text.window(text, h.end()).stripLeading();
        boolean inTitle = "political_party".equals(e.kind()) && !next.isEmpty() && Character.isUpperCase(next.charAt(0))
                && Roles.isNoun(next.split("[^\\p{L}]", 2)[0]);
        if (!inTitle) out.add(new Mention(h.start(), h.end(), h.surface(), e.name(), e.kind(), false));
    }

    private static String demonymOf(String country) {
        for (CountryData.Country c : CountryData.all()) {
            if (c.name().equals(country) && !c.demonyms().isEmpty()) return c.demonyms().get(0);
        }
        return null;
    }

    private GazetteerMentions() {
    }
}
