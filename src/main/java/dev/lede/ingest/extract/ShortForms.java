package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The short forms an official name yields by the grammar of official names, never by a list of bodies: its
 * initials ("Democratic Progressive Party" -> "DPP", "Ministry of Foreign Affairs" -> "MFA" and "MOFA"), its
 * inverted form ("Ministry of Defence" -> "Defence Ministry", "Department of Justice" -> "Justice Department",
 * "Ministry of Foreign Affairs" -> "Foreign Affairs Ministry" and "Foreign Ministry") and its bare form ("Liberty
 * Party" -> "Liberty", only where the page also names it by its kind noun, "the party").
 */
final class ShortForms {

    /** Lower-case words an official name may hold that its initials skip ("of", "for", "and"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "and", "the", "on", "in", "to", "de", "du", "des");

    /** The "of <Country>" that closes a name ("Ministry of Foreign Affairs of Iran"), or null. */
    static String countryTail(String name, Gazetteer gaz) {
        int of = name.lastIndexOf(" of ");
        if (of < 0) return null;
        Gazetteer.Entry e = gaz.byName(name.substring(of + 4));
        return e != null && "country".equals(e.kind()) ? e.name() : null;
    }

    /** The name without its country tail and a leading "the". */
    static String core(String name, Gazetteer gaz) {
        String n = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        return countryTail(n, gaz) == null ? n : n.substring(0, n.lastIndexOf(" of "));
    }

    /**
     * The initials of a name of two words or more, every word but function words capitalised: skipping the
     * function words, and, when the name has some, with their initials too ("MOFA"). Empty when the name is one
     * word, a word is lower case, or the initials would be one letter.
     */
    static List<String> initials(String name) {
        StringBuilder skip = new StringBuilder(), all = new StringBuilder();
        String[] words = name.split("[ -]+");
        if (words.length < 2) return List.of();
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (FUNCTION_WORDS.contains(w)) {
                all.append(Character.toUpperCase(w.charAt(0)));
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0)) || !Character.isLetter(w.codePointAt(0))) return List.of();
            skip.append(w.charAt(0));
            all.append(w.charAt(0));
        }
        if (skip.length() < 2) return List.of();
        return skip.length() == all.length() ? List.of(skip.toString()) : List.of(skip.toString(), all.toString());
    }

    /**
     * "Ministry of Defence" -> "Defence Ministry"; "Ministry of Foreign Affairs" -> "Foreign Affairs Ministry" and
     * "Foreign Ministry" ("Affairs" is the filler of that pattern of names, dropped in the short form).
     */
    static List<String> inverted(String core) {
        String[] w = core.split(" ");
        if (w.length < 3 || !w[1].equals("of") || EntityKeywords.kindForKeyword(w[0]) == null) return List.of();
        String rest = String.join(" ", java.util.Arrays.copyOfRange(w, 2, w.length));
        if (!Character.isUpperCase(rest.charAt(0)) || rest.contains(" of ")) return List.of();
        List<String> out = new ArrayList<>();
        out.add(rest + " " + w[0]);
        if (rest.endsWith(" Affairs")) out.add(rest.substring(0, rest.length() - " Affairs".length()) + " " + w[0]);
        return out;
    }

    /**
     * "Liberty Party" -> "Liberty": the words before the closing kind word, when the page also names the body by
     * that kind noun in lower case ("the party"), i.e. uses the short name as an organisation. Null otherwise.
     */
    static String bare(String core, String text) {
        int sp = core.lastIndexOf(' ');
        if (sp < 0) return null;
        String keyword = core.substring(sp + 1);
        if (EntityKeywords.kindForKeyword(keyword) == null || core.contains(" of ")) return null;
        String noun = keyword.toLowerCase(Locale.ROOT);
        if (!namedByKindNoun(text, "the " + noun) && !namedByKindNoun(text, "The " + noun)) return null;
        return core.substring(0, sp);
    }

    /** Whether {@code text} holds {@code phrase} as whole words ("the party", not "the partygoers"). */
    private static boolean namedByKindNoun(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int e = at + phrase.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (e == text.length() || !Character.isLetter(text.charAt(e)))) return true;
        }
        return false;
    }

    private ShortForms() {
    }
}
