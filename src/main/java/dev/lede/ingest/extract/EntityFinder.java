package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Entities in the text: gazetteer names (countries by name, code, capital as metonym, demonym + "government",
 * read in context by {@link GazetteerMentions}), curated organisations, names built by pattern ("... Command",
 * "Ministry of ...", "... Party", "... Inc.": {@link KeywordOrganizations}) and names explained by the words
 * around them ("the CGT union": {@link DescribedEntities}). Places introduced by a preposition are
 * {@link PlaceFinder}'s.
 */
public final class EntityFinder {

    /** Gazetteer and pattern entities; capitals are resolved to countries unless used as a location. */
    public List<Mention> find(String text, Gazetteer gaz, int skipFrom, int skipTo) {
        List<Mention> out = new ArrayList<>();
        List<Gazetteer.Hit> hits = gaz.find(text);
        Set<String> surnames = placesNamingPeople(text, hits);
        for (Gazetteer.Hit h : hits) {
            if (h.start() >= skipFrom && h.start() < skipTo) continue; // the dateline's agency is a credit, not a subject of the story
            if (onePersonWord(h) && surnames.contains(h.surface())) continue;
            if ("company".equals(h.entry().kind()) && creditBeforeDash(text, h.start(), h.end())) continue;
            GazetteerMentions.add(out, text, h);
        }
        out.addAll(KeywordOrganizations.find(text, out, gaz, skipFrom, skipTo));
        DescribedEntities.add(out, text, skipFrom, skipTo);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * "Carlos Mendoza ... Mendoza said", "Sarah Roche ... Roche said", "Michael Dell": a city's, a region's or a
     * one-word company's name that the page writes once as a person's surname (after a given name or an honorific:
     * {@link GluedNames#surnameAt}) is a surname on this whole page, so none of its bare uses is the place or the
     * company either.
     */
    private static Set<String> placesNamingPeople(String text, List<Gazetteer.Hit> hits) {
        Set<String> surnames = new HashSet<>();
        for (Gazetteer.Hit h : hits) {
            if (onePersonWord(h) && GluedNames.surnameAt(text, h.start())) surnames.add(h.surface());
        }
        return surnames;
    }

    /** A hit that may be a person's surname: a big city or region, or a company's one-word name. */
    private static boolean onePersonWord(Gazetteer.Hit h) {
        return h.entry().via() == Gazetteer.Via.PLACE || "company".equals(h.entry().kind()) && h.surface().indexOf(' ') < 0;
    }

    /**
     * "Sagamihara/Tokyo, Dec. 6 (Jiji Press)--", "Lagos, Nigeria (AP) —": an agency in brackets right before a dash
     * credits the copy wherever the dateline's shape is one the layout does not know; it is no subject of the story.
     */
    static boolean creditBeforeDash(String text, int start, int end) {
        if (start == 0 || text.charAt(start - 1) != '(' || end >= text.length() || text.charAt(end) != ')') return false;
        int k = end + 1;
        while (k < text.length() && text.charAt(k) == ' ') k++;
        return k < text.length() && (text.charAt(k) == '-' || text.charAt(k) == '–' || text.charAt(k) == '—');
    }
}
