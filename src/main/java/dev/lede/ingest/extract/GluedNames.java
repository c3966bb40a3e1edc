package dev.lede.ingest.extract;

import java.util.Locale;

/**
 * A country's or capital's name glued to another capitalised word of a longer name ("the Berlin Marathon",
 * "Team USA", "the Washington Post") is a word of that name, not the country: the longer name is an event, a
 * team or an outlet. A title after it keeps it the country ("US President", "UK Prime Minister"), so does a
 * sentence opening before it, and a title-cased line (a headline) says nothing either way.
 */
final class GluedNames {

    /** Whether the gazetteer hit [s, e) of {@code text} stands inside a longer capitalised name. */
    static boolean insideLongerName(String text, int s, int e) {
        int p = s;
        while (p > 0 && text.charAt(p - 1) == ' ') p--;
        if (p > 0 && "-–".indexOf(text.charAt(p - 1)) >= 0) return false; // "the Russia-Ukraine War" names both countries
        String after = capitalisedAfter(text, e);
        String before = capitalisedBefore(text, s);
        boolean glued = after != null && !titleWord(after) && introduced(text, p)
                || before != null && !Tokens.STOP.contains(before) && !Tokens.HONORIFICS.contains(before)
                && !Text.opensSentence(text, s - 1 - before.length())
                // "Rep. Jim Jordan", "Sen. Jordan": a given name or a dotted honorific before it makes it a surname
                // ("Will Iran retaliate?", "Even China ...": a clause word that is also a given name is the clause word)
                || before != null && FirstNames.contains(before) && !Tokens.STOP.contains(before)
                || before == null && surnameAt(text, s)
                || givenNameBeforeSurname(text, s, e, after);
        return glued && !PlaceFinder.titleCased(text, s);
    }

    /**
     * "Jordan Henderson", "Israel Adesanya", "Chad Smith": a country's name that is also a given name, followed by a
     * capitalised word that is no title, clause word, keyword, country or place word, is a person's given name.
     */
    private static boolean givenNameBeforeSurname(String text, int s, int e, String after) {
        if (after == null || titleWord(after) || EntityKeywords.placeKeyword(after) || !FirstNames.contains(text.substring(s, e))) return false;
        // "Israel Palestine talks": another country or its people after it ("Henderson", a capital's word, is a surname)
        return CountryData.countryOfDemonym(after) == null && CountryData.all().stream().noneMatch(c -> c.names().contains(after));
    }

    /**
     * Whether the word before the name (ending at {@code p}) introduces a longer name: "the Berlin Marathon", "the 2018
     * Berlin Marathon", "Kenya's Daily Nation". After a preposition ("in Ukraine War") the country is still meant.
     */
    private static boolean introduced(String text, int p) {
        if (p == 0) return false;
        if (Character.isDigit(text.charAt(p - 1)) || text.charAt(p - 1) == 's' && p > 1 && "'’".indexOf(text.charAt(p - 2)) >= 0) return true;
        return Text.wordBefore(text, p).equals("the") && p >= 3 && text.startsWith("the", p - 3);
    }

    private static final java.util.Set<String> NEWSPAPER_WORDS = java.util.Set.of("Daily", "Times", "Post", "Herald",
            "Journal", "Tribune", "Gazette", "Telegraph", "Chronicle", "Courier");

    /** "Apple Daily", "the Shell Times": the capitalised word after {@code e} is one that ends newspapers' names. */
    static boolean opensANewspapersName(String text, int e) {
        String after = capitalisedAfter(text, e);
        return after != null && NEWSPAPER_WORDS.contains(after);
    }

    /** A word that makes the name before it a title's modifier ("US President"), or a clause word ("Russia Monday"). */
    private static boolean titleWord(String w) {
        return Roles.isNoun(w) || Roles.MODIFIERS.contains(w.toLowerCase(Locale.ROOT)) || Tokens.STOP.contains(w)
                || Tokens.HONORIFICS.contains(w) || EntityKeywords.kindForKeyword(w) != null;
    }

    /**
     * Whether the hit [s, e) has a capitalised word right after it that is no title or clause word, or right before
     * it a given name or an honorific (with or without its period), or another capitalised word that is no clause
     * word and does not open the sentence: stricter than {@link #insideLongerName}, for names (cities) that are as
     * often part of a team's, a paper's or a person's name as they are the place.
     */
    static boolean besideCapitalised(String text, int s, int e) {
        String after = capitalisedAfter(text, e);
        if (after != null && !titleWord(after)) return true;
        // "Whitney Houston" and "Mr Sakai" name a person, even opening a sentence; a clause word ("In Mumbai") does not
        return gluedBefore(text, s);
    }

    /** Words that qualify a place's own name without making another name of it ("Northern Bavaria", "Greater Mumbai"). */
    private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("North", "South", "East", "West", "Northern",
            "Southern", "Eastern", "Western", "Central", "Greater", "Upper", "Lower", "Inner", "Outer", "Metro", "Old", "New", "Downtown");

    /**
     * Whether the word at {@code s} is the last word of a longer name by what stands before it: an honorific or a given
     * name ({@link #surnameAt}), or another capitalised word inside the sentence that is no clause word, qualifier or
     * country (a sentence's first word may be any word).
     */
    private static boolean gluedBefore(String text, int s) {
        if (surnameAt(text, s)) return true;
        String before = capitalisedBefore(text, s);
        if (before == null || Tokens.STOP.contains(before) || QUALIFIERS.contains(before) || CountryData.isCountryWord(before)) return false;
        return !Text.opensSentence(text, s - 1 - before.length());
    }

    /** Whether the word at {@code s} follows a given name or an honorific (with or without its period): a surname there. */
    static boolean surnameAt(String text, int s) {
        String before = capitalisedBefore(text, s);
        if (before != null) return Tokens.HONORIFICS.contains(before) || FirstNames.contains(before) && !Tokens.STOP.contains(before);
        return dottedHonorificBefore(text, s);
    }

    /** "Mr. Sakai", "Rep. Jordan": one of {@link Tokens#HONORIFICS} and its period right before {@code s}. */
    private static boolean dottedHonorificBefore(String text, int s) {
        if (s < 3 || !text.startsWith(". ", s - 2)) return false;
        int k = s - 2;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
        return (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1))) && Tokens.HONORIFICS.contains(text.substring(k, s - 2));
    }

    /** The capitalised word one space after {@code e}, or null. */
    private static String capitalisedAfter(String text, int e) {
        if (e + 1 >= text.length() || text.charAt(e) != ' ' || !Character.isUpperCase(text.charAt(e + 1))) return null;
        int k = e + 1;
        while (k < text.length() && Character.isLetter(text.charAt(k))) k++;
        return text.substring(e + 1, k);
    }

    /** The capitalised word one space before {@code s}, or null. */
    private static String capitalisedBefore(String text, int s) {
        if (s < 2 || text.charAt(s - 1) != ' ' || !Character.isLetter(text.charAt(s - 2))) return null;
        int k = s - 1;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
        return Character.isUpperCase(text.charAt(k)) ? text.substring(k, s - 1) : null;
    }

    private GluedNames() {
    }
}
