package dev.lede.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entity name the extractor knows (countries, capitals, demonyms, curated organisations and the caller's
 * catalog), in one Aho-Corasick automaton. Built once per catalog; matching is linear in the text.
 */
public final class Gazetteer {

    /**
     * How a surface form relates to the entity it names; PLACE: a big city or a country's region, a place wherever it
     * stands unless it is part of another name ({@link GazetteerMentions}).
     */
    public enum Via { NAME, ALIAS, CAPITAL, DEMONYM, PLACE }

    public record Entry(String name, String kind, String knownId, Via via, boolean wire) {
    }

    public record Hit(int start, int end, String surface, Entry entry) {
    }

    private final AhoCorasick<Entry> matcher;
    private final AhoCorasick<KnownNames.Known> peopleAc = new AhoCorasick<>();
    private final AhoCorasick<KnownNames.Known> peopleMatcher;
    private final Map<String, Entry> byNormalizedName = new HashMap<>();
    /** Catalog people and entities by normalised name and alias: linking is a lookup, not a scan of 100,000 items. */
    private final Map<String, KnownNames.Known> knownPeople = new HashMap<>();
    private final Map<String, KnownNames.Known> knownEntities = new HashMap<>();
    /** Catalog bodies by the initials of their name or a long alias; an acronym two of them share maps to nobody. */
    private final Map<String, KnownNames.Known> knownByInitials = new HashMap<>();

    public Gazetteer(KnownNames known) {
        Map<String, KnownNames.Known> knownByName = knownEntities;
        if (known != null) {
            for (KnownNames.Known k : known.entities()) {
                knownByName.put(Text.norm(k.name()), k);
                for (String a : k.aliases()) knownByName.putIfAbsent(Text.norm(a), k);
                initials(k);
            }
            for (KnownNames.Known k : known.people()) {
                knownPeople.put(Text.norm(k.name()), k);
                peopleAc.add(k.name(), k);
                for (String a : k.aliases()) {
                    knownPeople.putIfAbsent(Text.norm(a), k);
                    // a one-word alias ("Lula") is matched too, but only with a capital, as a whole word
                    if (!a.isBlank() && Character.isUpperCase(a.codePointAt(0))) peopleAc.add(a, k);
                }
            }
        }
        AhoCorasick<Entry> ac = new AhoCorasick<>();
        for (CountryData.Country c : CountryData.all()) {
            String id = idOf(knownByName, c.name());
            boolean first = true;
            for (String n : c.names()) {
                add(ac, n, new Entry(c.name(), "country", id, first ? Via.NAME : Via.ALIAS, false));
                first = false;
            }
            for (String cap : c.capitals()) add(ac, cap, new Entry(c.name(), "country", id, Via.CAPITAL, false));
            for (String d : c.demonyms()) add(ac, d, new Entry(c.name(), "country", id, Via.DEMONYM, false));
        }
        for (JsonNode o : curated()) {
            String name = o.path("name").asText();
            String kind = o.path("kind").asText();
            boolean wire = o.path("wire").asBoolean(false);
            String id = idOf(knownByName, name);
            add(ac, name, new Entry(name, kind, id, Via.NAME, wire));
            for (JsonNode a : o.path("aliases")) add(ac, a.asText(), new Entry(name, kind, id, Via.ALIAS, wire));
        }
        for (String[] place : places()) {
            Entry entry = new Entry(place[0], "place", idOf(knownByName, place[0]), Via.PLACE, false);
            add(ac, place[0], entry);
            // place[1] is the country code; then other spellings (without diacritics, the local name)
            for (int i = 2; i < place.length; i++) add(ac, place[i], entry);
        }
        if (known != null) {
            // the catalog comes last so that its entries replace built-in ones for the same surface form
            for (KnownNames.Known k : known.entities()) {
                String kind = k.kind() == null ? "other" : k.kind();
                addKnown(ac, k.name(), new Entry(k.name(), kind, k.id(), Via.NAME, false));
                for (String a : k.aliases()) addKnown(ac, a, new Entry(k.name(), kind, k.id(), Via.ALIAS, false));
            }
        }
        this.matcher = ac.build();
        this.peopleMatcher = peopleAc.build();
    }

    /** Registers the initials of a catalog body's name and aliases ("Democratic Progressive Party" -> "DPP"). */
    private void initials(KnownNames.Known k) {
        if ("country".equals(k.kind()) || "place".equals(k.kind())) return;
        for (String n : k.aliases().isEmpty() ? List.of(k.name()) : withAliases(k)) {
            for (String acronym : ShortForms.initials(n)) {
                KnownNames.Known was = knownByInitials.putIfAbsent(acronym, k);
                if (was != null && was != AMBIGUOUS && !was.id().equals(k.id())) knownByInitials.put(acronym, AMBIGUOUS);
            }
        }
    }

    private static List<String> withAliases(KnownNames.Known k) {
        List<String> all = new ArrayList<>(k.aliases());
        all.add(0, k.name());
        return all;
    }

    private static final KnownNames.Known AMBIGUOUS = new KnownNames.Known("", "", "", List.of(), null);

    /** The one catalog body whose name or long alias abbreviates to {@code acronym}; null when none or several. */
    public KnownNames.Known knownByInitials(String acronym) {
        KnownNames.Known k = knownByInitials.get(acronym);
        return k == AMBIGUOUS ? null : k;
    }

    private static String idOf(Map<String, KnownNames.Known> knownByName, String name) {
        KnownNames.Known k = knownByName.get(Text.norm(name));
        return k == null ? null : k.id();
    }

    private final Map<String, Entry> lastBySurface = new HashMap<>();

    private void add(AhoCorasick<Entry> ac, String surface, Entry e) {
        if (surface == null || surface.isBlank()) return;
        // one automaton entry per surface form; a later registration (the catalog) replaces the built-in one
        if (lastBySurface.put(surface, e) == null) ac.add(surface, e);
        byNormalizedName.putIfAbsent(Text.norm(e.name()), e);
        // an acronym is also written with periods: "US" as "U.S.", "UN" as "U.N."
        if (surface.length() <= 4 && surface.length() >= 2 && surface.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            String dotted = surface.replaceAll("(.)", "$1.");
            if (lastBySurface.put(dotted, e) == null) ac.add(dotted, e);
        }
    }

    /**
     * A catalog entry replaces a built-in one for the same surface form, but never an entry that is already
     * linked to the catalog: when two catalog entities share an alias ("Moscow"), the one registered first (the
     * oldest; the catalog is read in creation order) or the one a built-in name already links to keeps it.
     */
    private void addKnown(AhoCorasick<Entry> ac, String surface, Entry e) {
        if (surface == null || surface.isBlank()) return;
        Entry current = lastBySurface.get(surface);
        if (current != null && current.knownId() != null && !current.knownId().equals(e.knownId())) return;
        add(ac, surface, e);
    }

    /** Whole-word, longest-leftmost occurrences of known names. */
    public List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        for (AhoCorasick.Match<Entry> m : matcher.findWords(text)) {
            String surface = text.substring(m.start(), m.end());
            // "A.P." inside "B.P.A.P." is no mention of AP: a dotted acronym is not the tail of a longer one
            if (m.start() >= 2 && text.charAt(m.start() - 1) == '.' && Character.isLetter(text.charAt(m.start() - 2))) continue;
            Entry e = lastBySurface.getOrDefault(surface, m.value());
            out.add(new Hit(m.start(), m.end(), surface, e));
        }
        return out;
    }

    /** The entry whose canonical name is {@code name}, if any (for linking names found by patterns). */
    public Entry byName(String name) {
        return byNormalizedName.get(Text.norm(name));
    }

    /** Catalog people named in {@code text} by name or alias (whole words, longest-leftmost). */
    public List<AhoCorasick.Match<KnownNames.Known>> findKnownPeople(String text) {
        return peopleMatcher.findWords(text);
    }

    /** The catalog person named or aliased {@code name}, or null. */
    public KnownNames.Known knownPerson(String name) {
        return knownPeople.get(Text.norm(name));
    }

    /** The catalog entity named or aliased {@code name}, or null. */
    public KnownNames.Known knownEntity(String name) {
        return knownEntities.get(Text.norm(name));
    }

    public int size() {
        return matcher.size() + peopleMatcher.size();
    }

    private static volatile JsonNode curatedCache;

    private static volatile List<String[]> places;

    /**
     * The big cities ({@code /ingest/cities.txt}) and the countries' regions ({@code /ingest/regions.txt}): name,
     * country code, then other spellings if any.
     */
    private static List<String[]> places() {
        if (places == null) {
            places = java.util.stream.Stream.concat(DataLines.of("cities.txt").stream(), DataLines.of("regions.txt").stream())
                    .map(line -> line.split("\t")).toList();
        }
        return places;
    }

    private static JsonNode curated() {
        if (curatedCache == null) {
            try (InputStream in = Gazetteer.class.getResourceAsStream("/ingest/organizations.json")) {
                curatedCache = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return curatedCache;
    }
}
