package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One body named by its long official name and by a short form of it is one entity: the short form's mentions take
 * the long name (so the short form becomes an alias, and the mentions are counted once). The short forms are those
 * of {@link ShortForms}; an acronym no long form of the page yields links to the catalog entity whose name it
 * abbreviates ({@link Gazetteer#knownByInitials}).
 *
 * <p>The ambiguity rule: a short form links only when exactly one body of the page yields it. Two long forms that
 * yield it ("Ministry of Defence of Russia" and "... of Ukraine" both yield "Defence Ministry", two parties "DPP"),
 * one name qualified by two countries on the page ("Russia's Ministry of Defence", "Ukraine's Ministry of
 * Defence": two bodies, each then named "Ministry of Defence of Russia", "... of Ukraine"), or a short form
 * qualified by another country than its long form ("Ukraine's Defence Ministry" against "the Ministry of Defence of
 * Russia") leave the short form apart. Per page the work is bounded by the bodies found (tens), never by the catalog.
 */
final class EntityAliases {

    private static final Set<String> BODY_KINDS = Set.of("organization", "government_body", "agency", "company",
            "political_party", "military_unit");
    /** Kinds whose bare name ("Liberty" for "Liberty Party") is a name; a ministry's ("Defence") is a common word. */
    private static final Set<String> BARE_KINDS = Set.of("organization", "company", "political_party");

    /** A long form: its name, kind and the countries that qualify it on the page. */
    private record Body(String name, String kind, Set<String> countries) {
    }

    private static final Body AMBIGUOUS = new Body("", "", Set.of());
    /** Joins a short form and a country in the key of the body that short form names in that country. */
    private static final String QUALIFIED = "\u0000";

    /** {@code ents} with short forms linked to their long forms, and short forms no finder took added. */
    static List<Mention> link(String text, List<Mention> ents, List<Mention> people, Gazetteer gaz, int skipFrom, int skipTo) {
        Map<Integer, String> countryEndingAt = new HashMap<>();
        for (Mention m : ents) if ("country".equals(m.kind())) countryEndingAt.put(m.end(), m.name());
        List<Mention> split = splitByCountry(text, ents, countryEndingAt);
        Map<String, Body> bodies = bodies(text, split, countryEndingAt, gaz);
        Map<String, Body> shortTo = new HashMap<>();
        for (Body b : bodies.values()) {
            for (String s : shorts(b, text, gaz)) {
                if (s.equals(b.name())) continue;
                claim(shortTo, s, b);
                for (String c : b.countries()) claim(shortTo, s + QUALIFIED + c, b);
            }
        }
        for (Body b : bodies.values()) claimByDemonym(shortTo, b);
        List<Mention> out = new ArrayList<>(split.size());
        for (Mention m : split) out.add(firstPortfolio(relinked(text, m, shortTo, countryEndingAt, gaz), bodies.values()));
        ShortFormScan.add(out, text, people, shortTo.entrySet().stream().filter(e -> e.getValue() != AMBIGUOUS && !e.getKey().contains(QUALIFIED))
                .map(e -> new ShortFormScan.Target(e.getKey(), e.getValue().name(), e.getValue().kind())).toList(), skipFrom, skipTo);
        return out;
    }

    /** The country named right before {@code m} ("Russia's Ministry", "U.S. Embassy"), or null. */
    private static String qualifier(String text, Mention m, Map<Integer, String> countryEndingAt) {
        int at = m.start();
        while (at > 0 && text.charAt(at - 1) == ' ') at--;
        if (at >= 2 && (text.startsWith("’s", at - 2) || text.startsWith("'s", at - 2))) at -= 2;
        return at == m.start() ? null : countryEndingAt.get(at);
    }

    /**
     * A body's name qualified by two countries or more on the page is that many bodies: each qualified mention is
     * named "<name> of <country>"; an unqualified one stays as it was (it could be either).
     */
    private static List<Mention> splitByCountry(String text, List<Mention> ents, Map<Integer, String> countryEndingAt) {
        Map<String, Set<String>> countries = new HashMap<>();
        for (Mention m : ents) {
            String q = BODY_KINDS.contains(m.kind()) ? qualifier(text, m, countryEndingAt) : null;
            if (q != null) countries.computeIfAbsent(m.name(), k -> new LinkedHashSet<>()).add(q);
        }
        if (countries.values().stream().allMatch(s -> s.size() < 2)) return ents;
        List<Mention> out = new ArrayList<>(ents.size());
        for (Mention m : ents) {
            String q = countries.getOrDefault(m.name(), Set.of()).size() < 2 ? null : qualifier(text, m, countryEndingAt);
            out.add(q == null ? m : new Mention(m.start(), m.end(), m.surface(), m.name() + " of " + q, m.kind(), false));
        }
        return out;
    }

    /** The bodies of the page named by two words or more, by name, with the countries that qualify them. */
    private static Map<String, Body> bodies(String text, List<Mention> ents, Map<Integer, String> countryEndingAt, Gazetteer gaz) {
        Map<String, Body> bodies = new LinkedHashMap<>();
        for (Mention m : ents) {
            if (m.person() || !BODY_KINDS.contains(m.kind()) || ShortForms.core(m.name(), gaz).indexOf(' ') < 0) continue;
            Body b = bodies.computeIfAbsent(m.name(), n -> new Body(n, m.kind(), new LinkedHashSet<>()));
            String tail = ShortForms.countryTail(m.name(), gaz);
            if (tail != null) b.countries().add(tail);
            String q = qualifier(text, m, countryEndingAt);
            if (q != null) b.countries().add(q);
            DemonymNames.Qualified d = DemonymNames.of(m.name());
            if (d != null) b.countries().add(d.country());
        }
        return bodies;
    }

    /** The short forms of a body: initials, inverted form, and the bare name where the page names it so. */
    private static List<String> shorts(Body b, String text, Gazetteer gaz) {
        String core = ShortForms.core(b.name(), gaz);
        List<String> out = new ArrayList<>(ShortForms.initials(core));
        out.addAll(ShortForms.inverted(core));
        // "the Iranian Ministry of Foreign Affairs" is also "the Foreign Ministry" (of Iran, its country)
        DemonymNames.Qualified d = DemonymNames.of(core);
        if (d != null) out.addAll(ShortForms.inverted(d.rest()));
        String bare = BARE_KINDS.contains(b.kind()) ? ShortForms.bare(core, text) : null;
        if (bare != null && gaz.byName(bare) == null) out.add(bare);
        return out;
    }

    /** {@code s} names {@code b}, unless another body of the page yields it too (then it names neither). */
    private static void claim(Map<String, Body> shortTo, String s, Body b) {
        Body was = shortTo.putIfAbsent(s, b);
        if (was != null && !was.name().equals(b.name())) shortTo.put(s, AMBIGUOUS);
    }

    /**
     * "the Iranian Foreign Ministry" names "Foreign Ministry" (as "Iran's Foreign Ministry" does) when no body of the
     * page yields that short form; when one does, the demonym's form is a short form of it if their countries agree
     * ({@link #relinked}), and another country's demonym makes the short form name neither ("the Iraqi Foreign
     * Ministry" beside "the Iranian Foreign Ministry").
     */
    private static void claimByDemonym(Map<String, Body> shortTo, Body b) {
        DemonymNames.Qualified d = DemonymNames.of(b.name());
        if (d == null) return;
        shortTo.putIfAbsent(d.rest() + QUALIFIED + d.country(), b);
        Body was = shortTo.putIfAbsent(d.rest(), b);
        if (was == null || was == AMBIGUOUS || was.name().equals(b.name())) return;
        // an unqualified long form takes the demonym's country, so that a second country's demonym makes it ambiguous
        if (was.countries().isEmpty()) was.countries().add(d.country());
        else if (!was.countries().contains(d.country())) shortTo.put(d.rest(), AMBIGUOUS);
    }

    /** {@code m} named by the long form its name is a short form of, when exactly one body of the page or catalog yields it. */
    private static Mention relinked(String text, Mention m, Map<String, Body> shortTo, Map<Integer, String> countryEndingAt,
                                    Gazetteer gaz) {
        if (m.person() || !BODY_KINDS.contains(m.kind()) || !m.name().equals(m.surface())) return m;
        String key = ShortFormScan.undotted(m.name()), q = qualifier(text, m, countryEndingAt);
        Body b = shortTo.get(key);
        // "the Iranian Foreign Ministry": the short form "Foreign Ministry", qualified by Iran
        DemonymNames.Qualified d = b == null ? DemonymNames.of(m.name()) : null;
        if (d != null) {
            key = d.rest();
            q = d.country();
            b = shortTo.get(key);
        }
        // the one body of the qualifying country, even where the short form alone could name two
        Body ofCountry = q == null ? null : shortTo.get(key + QUALIFIED + q);
        if (ofCountry != null && ofCountry != AMBIGUOUS && !ofCountry.name().equals(m.name())) return renamed(m, ofCountry);
        if (b == AMBIGUOUS || b != null && b.name().equals(m.name()) || b == null && d != null) return m;
        if (b != null) return q != null && !b.countries().isEmpty() && !b.countries().contains(q) ? m : renamed(m, b);
        KnownNames.Known k = ShortFormScan.isAcronym(key) ? gaz.knownByInitials(key) : null;
        return k == null ? m : new Mention(m.start(), m.end(), m.surface(), k.name(), k.kind() == null ? m.kind() : k.kind(), false);
    }

    /**
     * "the health ministry" (the Ministry of Health) on a page naming "the Ministry of Health and Family Welfare": a body
     * whose name is the first part of one other body's joint name ("... of A and B") is that body.
     */
    private static Mention firstPortfolio(Mention m, java.util.Collection<Body> bodies) {
        // only a short form ("the health ministry" named Ministry of Health): a full name written out is its own body
        if (m.person() || !BODY_KINDS.contains(m.kind()) || !m.name().contains(" of ") || m.name().equals(m.surface())) return m;
        Body joint = null;
        for (Body b : bodies) {
            if (!b.name().startsWith(m.name() + " and ")) continue;
            if (joint != null) return m; // two joint names start so: the text does not say which
            joint = b;
        }
        return joint == null ? m : renamed(m, joint);
    }

    private static Mention renamed(Mention m, Body b) {
        return new Mention(m.start(), m.end(), m.surface(), b.name(), b.kind(), false);
    }

    private EntityAliases() {
    }
}
