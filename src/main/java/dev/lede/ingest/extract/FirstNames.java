package dev.lede.ingest.extract;

import java.util.HashSet;
import java.util.Set;

/** Common English-speaking first names (see resources/ingest/README.md): evidence that a word pair is a person. */
public final class FirstNames {
    private static volatile Set<String> names;

    public static boolean contains(String token) {
        if (names == null) {
            synchronized (FirstNames.class) {
                if (names == null) names = load();
            }
        }
        if (names.contains(token)) return true;
        int dash = token.indexOf('-'); // "Frank-Walter", "Jean-Claude"
        return dash > 0 && names.contains(token.substring(0, dash));
    }

    private static volatile java.util.Map<String, Character> genders;

    /** 'M' or 'F' for a given name that only the male or only the female list holds; 0 when unknown or both. */
    public static char gender(String given) {
        if (genders == null) {
            synchronized (FirstNames.class) {
                if (genders == null) genders = loadGenders();
            }
        }
        return genders.getOrDefault(given, (char) 0);
    }

    private static java.util.Map<String, Character> loadGenders() {
        java.util.Map<String, Character> g = new java.util.HashMap<>();
        for (String line : DataLines.of("first-names-gender.txt")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && tab + 1 < line.length()) g.put(line.substring(0, tab), line.charAt(tab + 1));
        }
        return g;
    }

    private static Set<String> load() {
        return new HashSet<>(DataLines.of("first-names.txt"));
    }

    private FirstNames() {
    }
}
