package dev.lede.ingest.extract;

import java.util.List;

/**
 * Who a pronoun before or after a quotation stands for. "he added", "she said:": the person opening the sentence, the
 * last speaker when the text has just named them again, else the subject of the nearest earlier sentence that has one.
 * "it said": the body that opens this sentence or the one before.
 */
final class PronounSpeaker {

    /** How many sentences back a pronoun may reach for its person. */
    private static final int SENTENCES_BACK = 4;

    /**
     * The speaker of the pronoun {@code pronoun} at {@code pos} in the sentence starting at {@code ss}; {@code last}
     * is the last speaker. A person whose given name or honorific says the other gender is passed over ("she" is
     * not the man named last); a person of unknown gender agrees with either pronoun.
     */
    static QuoteAttribution.Attribution resolve(String text, List<Mention> mentions, int ss, int pos, Mention last, String pronoun) {
        char wanted = wanted(pronoun);
        Mention opening = openingPerson(text, mentions, ss, pos);
        if (opening != null && agrees(text, mentions, opening, wanted)) return new QuoteAttribution.Attribution(opening, 0.75);
        boolean lastAgrees = last == null || !last.person() || agrees(text, mentions, last, wanted);
        // the last speaker, named again in this or the previous sentence ("For Sang, that moment was ..."), goes on
        if (last != null && last.person() && lastAgrees && namedAgain(text, mentions, ss, pos, last)) return new QuoteAttribution.Attribution(last, 0.75);
        Mention earlier = earlierSubject(text, mentions, ss, m -> agrees(text, mentions, m, wanted));
        if (earlier != null) return new QuoteAttribution.Attribution(earlier, 0.7);
        return lastAgrees ? new QuoteAttribution.Attribution(last, last == null ? 0.2 : 0.5) : new QuoteAttribution.Attribution(null, 0.2);
    }

    /** 'M' for he/him, 'F' for she/her, 0 for they or anything else. */
    private static char wanted(String pronoun) {
        String p = pronoun.toLowerCase(java.util.Locale.ROOT);
        return p.equals("he") || p.equals("him") ? 'M' : p.equals("she") || p.equals("her") ? 'F' : 0;
    }

    /** Whether the person of {@code m} may be the pronoun's: no gender wanted, or none known, or the same. */
    private static boolean agrees(String text, List<Mention> mentions, Mention m, char wanted) {
        if (wanted == 0) return true;
        char g = genderOf(text, mentions, m.name());
        return g == 0 || g == wanted;
    }

    /** The gender an honorific before any mention of the person states ("Mr", "Ms"), else the given name's, else 0. */
    static char genderOf(String text, List<Mention> mentions, String name) {
        for (Mention m : mentions) {
            if (!m.person() || !m.name().equals(name)) continue;
            String before = text.substring(Math.max(0, m.start() - 5), m.start());
            if (MALE_TITLE.matcher(before).find()) return 'M';
            if (FEMALE_TITLE.matcher(before).find()) return 'F';
        }
        int space = name.indexOf(' ');
        return space > 0 ? FirstNames.gender(name.substring(0, space)) : 0;
    }

    private static final java.util.regex.Pattern MALE_TITLE = java.util.regex.Pattern.compile("\\bMr\\.? $");
    private static final java.util.regex.Pattern FEMALE_TITLE = java.util.regex.Pattern.compile("\\b(?:Mrs|Ms|Miss)\\.? $");

    /** The first person of the sentence when only capitalised words or one lower-case word (up to four words) lead to it. */
    private static Mention openingPerson(String text, List<Mention> mentions, int ss, int pos) {
        for (Mention m : mentions) {
            if (!m.person() || m.start() < ss || m.start() >= pos) continue;
            String lead = text.substring(ss, m.start());
            if (lead.matches("[\\p{Lu}\\p{L}’'\\s]*") && lead.chars().filter(Character::isLowerCase).count() == 0
                    || lead.matches("(?:\\p{Lu}\\p{L}*\\s)*(?:[\\p{Ll}]+\\s)?")) {
                // "Asked about Santos, he said": a person after a preposition is what the sentence is about, not who speaks
                if (Text.wordCount(lead) <= 4 && !QuoteAttribution.governed(text, m)) return m;
            }
            return null;
        }
        return null;
    }

    /** Whether {@code last} is named in this or the previous sentence before {@code pos}, and no other person in this one. */
    private static boolean namedAgain(String text, List<Mention> mentions, int ss, int pos, Mention last) {
        int prev = Math.max(text.lastIndexOf(". ", Math.max(0, ss - 3)), text.lastIndexOf("\n\n", Math.max(0, ss - 3)));
        final int from = prev < 0 ? 0 : prev;
        boolean named = mentions.stream().anyMatch(m -> m.person() && m.name().equals(last.name()) && m.start() >= from && m.start() < pos);
        boolean other = mentions.stream().anyMatch(m -> m.person() && !m.name().equals(last.name()) && m.start() >= ss && m.start() < pos);
        return named && !other;
    }

    /** "the judge", "the Brazilian", "the 82-year-old" right before a verb of saying (the text before the verb). */
    private static final java.util.regex.Pattern DESCRIBED = java.util.regex.Pattern.compile("\\b[Tt]he (\\d+-year-old|[\\p{L}-]+) +$");

    /**
     * '"We were not good enough," the Brazilian said', '"There is no evidence," the judge wrote': a person the text
     * names by a noun before the verb ({@code beforeVerb} is the text that ends at the verb). A role noun ("judge",
     * "coach") is the one person the page titles with it ("Judge Alan Whitmore", "Coach Diego Ferraz"); a people's
     * adjective or an age is the person a pronoun there would be. Null when no such noun stands there, or a role noun
     * titles nobody or two people (an unnamed "official" stays unnamed).
     */
    static QuoteAttribution.Attribution described(String text, List<Mention> mentions, int ss, int pos, Mention last, String beforeVerb) {
        java.util.regex.Matcher d = DESCRIBED.matcher(beforeVerb);
        if (!d.find()) return null;
        String noun = d.group(1);
        if (Roles.personNoun(noun)) {
            Mention titled = titledBy(text, mentions, noun);
            return titled == null ? null : new QuoteAttribution.Attribution(titled, 0.7);
        }
        // "the Serb", "the Dutchman", "the Frenchwoman": one of a people
        String demonym = noun.replaceFirst("(?:man|woman)$", "");
        boolean people = Character.isUpperCase(noun.charAt(0)) && (CountryData.countryOfDemonym(noun) != null || CountryData.countryOfDemonym(demonym) != null);
        return people || Character.isDigit(noun.charAt(0)) ? resolve(text, mentions, ss, pos, last, "they") : null;
    }

    /**
     * The one person the page titles with {@code noun}: the noun right before the name, only capitalised title words
     * between ("Judge Alan Whitmore", "the town's mayor, Lise Hartmann"), or right after it in an apposition ("Ilse
     * Marten, the country's president,"), before or after the quote. Null when nobody is, or two people are
     * ("President X" and "Vice President Y"): the text does not single one out. "A lawyer for X", "the judge
     * sentenced X": X is not titled so.
     */
    private static Mention titledBy(String text, List<Mention> mentions, String noun) {
        String word = java.util.regex.Pattern.quote(noun);
        java.util.regex.Pattern before = java.util.regex.Pattern.compile("(?i:\\b" + word + ")\\b,?(?: \\p{Lu}[\\p{L}.'’-]*){0,3} $");
        java.util.regex.Pattern after = java.util.regex.Pattern.compile("^, (?:the |a |an )?(?:[\\p{L}'’-]+ ){0,3}(?i:" + word + ")\\b");
        Mention found = null;
        for (Mention m : mentions) {
            if (!m.person()) continue;
            boolean titled = before.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                    || after.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).find()
                    || java.util.regex.Pattern.compile("(?i)\\b" + word + "\\b").matcher(m.surface()).find();
            if (!titled) continue;
            if (found != null && !found.name().equals(m.name())) return null;
            found = m;
        }
        return found;
    }

    /** Kinds of body that speak ("it said"): not a place nor a country, which "it" seldom quotes. */
    private static final java.util.Set<String> SPEAKING_BODIES = java.util.Set.of("government_body", "agency", "company",
            "organization", "military_unit", "political_party");

    /**
     * '"Move to higher ground," it said': the body an "it" before a verb of saying stands for, the one whose name opens
     * this sentence (before {@code pos}) or the previous one ("The Meteorological Department warned ..."); null when
     * neither opens with a body. Not further back, and not a body inside the sentence ("Like Orion Bank, Kestrel ...",
     * "Shares of X fell. The central bank ... it said": the "it" there is a body the text names by a common noun).
     */
    static QuoteAttribution.Attribution body(String text, List<Mention> mentions, int ss, int pos) {
        Mention here = openingBody(text, mentions, ss, pos);
        if (here != null) return new QuoteAttribution.Attribution(here, 0.7);
        int start = ss < 3 ? -1 : Math.max(text.lastIndexOf(". ", ss - 3), text.lastIndexOf("\n\n", ss - 3));
        Mention before = openingBody(text, mentions, start < 0 ? 0 : start + 2, ss);
        return before == null ? null : new QuoteAttribution.Attribution(before, 0.7);
    }

    /** The speaking body whose name opens the sentence [from, to) (after "The" at most); null when none. */
    private static Mention openingBody(String text, List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            if (m.person() || m.start() < from || m.start() >= to || !SPEAKING_BODIES.contains(m.kind())) continue;
            String lead = text.substring(from, m.start()).strip();
            return lead.isEmpty() || lead.equalsIgnoreCase("the") ? m : null;
        }
        return null;
    }

    /** Walking back sentence by sentence, the first person not governed by a preposition nor possessive who agrees; null when none. */
    private static Mention earlierSubject(String text, List<Mention> mentions, int ss, java.util.function.Predicate<Mention> agrees) {
        int end = ss;
        for (int hop = 0; hop < SENTENCES_BACK && end > 0; hop++) {
            int start = Math.max(text.lastIndexOf(". ", end - 3), text.lastIndexOf("\n\n", end - 3));
            start = start < 0 ? 0 : start + 2;
            for (Mention m : mentions) {
                if (m.person() && m.start() >= start && m.start() < end && !QuoteAttribution.governed(text, m)
                        && !QuoteAttribution.possessive(text, m) && agrees.test(m)) {
                    return m;
                }
            }
            // "According to Tomasz Nowak, an analyst, rates will fall": with no other person for subject, the source the
            // sentence reports is the one a later "he said" continues
            for (Mention m : mentions) {
                if (m.person() && m.start() >= start && m.start() < end && QuoteAttribution.afterAccordingTo(text, m) && agrees.test(m)) {
                    return m;
                }
            }
            end = start;
        }
        return null;
    }

    private PronounSpeaker() {
    }
}
