package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations named without a keyword, found because something of theirs follows their possessive: a person of
 * the page ("Apple’s Steve Jobs", "Liverpool’s Mohamed Salah", "Labour’s Keir Starmer") or a model with a number
 * ("Tesla’s Model 3", "Nio’s ET5", "Boeing’s 737"). People and countries are not owners here: a name that is a
 * form of a person of the page, a first name, a country, a title or a clause word is left alone. The owner is then
 * the same organisation wherever its name recurs. No list of organisations is involved.
 */
final class PossessiveOwners {

    // (?=\p{Lu}) first: the lookbehind is then tested only before a capital, not at every character of the page
    private static final Pattern OWNER = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\p{N}&.-])(\\p{Lu}[\\p{L}\\p{N}&-]*(?: \\p{Lu}[\\p{L}\\p{N}&-]*)?)['’]s ");
    /** "Model 3", "ET5", "Series B2", "737": a model named with a number. */
    private static final Pattern MODEL = Pattern.compile("^(?:\\p{Lu}[\\p{L}-]* \\d+\\b|\\p{Lu}[\\p{L}]*\\d[\\p{L}\\p{N}]*\\b|\\p{Lu}[\\p{L}]* \\p{Lu}\\d+\\b|\\d{2,}\\b)");

    /** Mentions of owners in {@code text}, outside {@code taken} (entities and people) and the skipped dateline. */
    static List<Mention> find(String text, List<Mention> taken, List<PeopleFinder.Person> persons, int skipFrom, int skipTo) {
        BitSet covered = new BitSet(text.length());
        for (Mention t : taken) covered.set(Math.max(0, t.start()), Math.min(text.length(), t.end()));
        Map<Integer, Mention> personAt = new LinkedHashMap<>();
        for (PeopleFinder.Person p : persons) for (Mention m : p.mentions) personAt.put(m.start(), m);
        Map<String, String> owners = new LinkedHashMap<>();
        Matcher m = OWNER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (covered.get(m.start(1), m.end(1)).cardinality() > 0 || m.start() >= skipFrom && m.start() < skipTo) continue;
            boolean ofPerson = personAt.containsKey(m.end());
            boolean ofModel = MODEL.matcher(Text.window(text, m.end())).find();
            if ((ofPerson || ofModel) && !owners.containsKey(name) && plausible(name, persons)) {
                owners.put(name, ofModel ? "company" : "organization");
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Map.Entry<String, String> o : owners.entrySet()) {
            String name = o.getKey();
            for (int k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) {
                int e = k + name.length();
                boolean word = (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1))) && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)));
                if (!word || covered.get(k, e).cardinality() > 0 || k >= skipFrom && k < skipTo) continue;
                out.add(new Mention(k, e, name, name, o.getValue(), false));
                covered.set(k, e);
            }
        }
        return out;
    }

    private static final Set<String> NOT_OWNERS = Set.of("It", "Its", "Today", "Yesterday", "Tomorrow", "Last", "Next", "This", "That");

    /** Whether a possessive name can be an organisation: no word of it is a person's, a country's, a title or a clause word. */
    private static boolean plausible(String name, List<PeopleFinder.Person> persons) {
        for (String w : name.split(" ")) {
            if (Tokens.STOP.contains(w) || NOT_OWNERS.contains(w) || Tokens.HONORIFICS.contains(w) || Roles.isNoun(w)
                    || CountryData.isCountryWord(w) || FirstNames.contains(w)) return false;
            for (PeopleFinder.Person p : persons) {
                for (String f : p.forms) if (f.equals(w) || f.endsWith(" " + w) || f.startsWith(w + " ")) return false;
            }
        }
        return true;
    }

    private PossessiveOwners() {
    }
}
