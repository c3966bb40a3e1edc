package dev.lede.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Countries from real data: ISO codes and English names from the JDK's locale data, capitals, demonyms and
 * alternative spellings from the world-countries data set (see resources/ingest/README.md).
 */
public final class CountryData {

    /** One country: canonical English name, the names it goes by, its capitals (metonyms) and demonyms. */
    public record Country(String iso2, String name, Set<String> names, List<String> capitals, List<String> demonyms) {
    }

    private static volatile List<Country> cached;

    public static List<Country> all() {
        if (cached == null) {
            synchronized (CountryData.class) {
                if (cached == null) cached = load();
            }
        }
        return cached;
    }

    private static List<Country> load() {
        try (InputStream in = CountryData.class.getResourceAsStream("/ingest/countries.json")) {
            if (in == null) throw new IllegalStateException("missing /ingest/countries.json");
            JsonNode root = new ObjectMapper().readTree(in);
            Set<String> iso = Set.of(Locale.getISOCountries());
            List<Country> out = new ArrayList<>();
            for (JsonNode c : root) {
                String iso2 = c.path("cca2").asText();
                String jdkName = iso.contains(iso2) ? new Locale("", iso2).getDisplayCountry(Locale.ENGLISH) : null;
                String common = c.path("name").asText();
                // The data set's common name is the canonical one ("Russia", "Iran"); the JDK's English display
                // name is kept as an alias where it differs ("Czechia" vs "Czech Republic").
                Set<String> names = new LinkedHashSet<>();
                names.add(common);
                if (jdkName != null && !jdkName.equals(iso2)) names.add(jdkName);
                names.add(c.path("official").asText());
                c.path("alternates").forEach(a -> names.add(a.asText()));
                List<String> capitals = new ArrayList<>();
                for (JsonNode cap : c.path("capitals")) {
                    String name = cap.asText();
                    capitals.add(name);
                    // "Washington D.C." is written "Washington" in running text
                    String bare = name.replaceAll("\\s+(D\\.C\\.|City)$", "");
                    if (!bare.equals(name)) capitals.add(bare);
                }
                List<String> demonyms = new ArrayList<>();
                c.path("demonyms").forEach(d -> demonyms.add(d.asText()));
                out.add(new Country(iso2, common, names, capitals, demonyms));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static volatile Set<String> words;

    /** A word of a country's name, a capital or a demonym ("Kenyan", "Tehran"): never part of a person's name. */
    public static boolean isCountryWord(String w) {
        Set<String> ws = words;
        if (ws == null) {
            Set<String> built = new java.util.HashSet<>();
            for (Country c : all()) {
                c.names().forEach(n -> built.addAll(List.of(n.split(" "))));
                c.capitals().forEach(n -> built.addAll(List.of(n.split(" "))));
                built.addAll(c.demonyms());
            }
            built.removeIf(x -> x.length() < 3 || Character.isLowerCase(x.charAt(0)));
            words = ws = Set.copyOf(built);
        }
        return ws.contains(w);
    }

    private static volatile java.util.Map<String, String> byDemonym;

    /**
     * The country a demonym names ("Iranian" -> "Iran"), or null. A demonym that several entries share ("American",
     * "Indian", "French") names the one with the shortest name: the data set lists dependent territories under
     * descriptive names ("Northern Mariana Islands", "British Indian Ocean Territory"), their sovereign state is
     * the short one.
     */
    public static String countryOfDemonym(String demonym) {
        java.util.Map<String, String> m = byDemonym;
        if (m == null) {
            java.util.Map<String, String> built = new java.util.HashMap<>();
            for (Country c : all()) {
                for (String d : c.demonyms()) built.merge(d, c.name(), (a, b) -> b.length() < a.length() ? b : a);
            }
            byDemonym = m = java.util.Map.copyOf(built);
        }
        return m.get(demonym);
    }

    private CountryData() {
    }
}
