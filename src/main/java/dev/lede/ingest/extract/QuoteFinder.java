package dev.lede.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations in straight or curly, double or single quotes, each with its speaker from the sentence around
 * it: "..., X said" / "said X" after it, "X said: ..." / "According to X" before it, a pronoun ("he added")
 * resolved to the person the text is about, a quote standing alone continuing the last speaker, and else the
 * subject of the sentence (an entity when an institution speaks: "the United States expressed ... “detrimental”").
 */
public final class QuoteFinder {

    public record Quote(int start, int end, String text, Mention speaker, boolean fragment, double confidence) {
    }

    private record Span(int open, int close) { // positions of the quote marks
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "He", "She", "They");
    private static final Set<String> PREPOSITIONS = Set.of("to", "of", "with", "by", "about", "from", "in", "on",
            "for", "against", "at", "between", "into", "over", "than", "and", "as", "asked", "see", "urge", "sanction");
    private static final Pattern ACCORDING = Pattern.compile("\\b[Aa]ccording to\\s*$");

    public List<Quote> find(String text, List<Mention> mentions) {
        List<Quote> out = new ArrayList<>();
        Mention lastSpeaker = null;
        int paraStart = 0;
        // a page that never uses double quotation marks quotes with single ones ('‘…’', the British house style):
        // then a single-quoted span is a quotation of any length, not only a short scare quote
        boolean singles = text.indexOf('“') < 0 && text.indexOf('"') < 0 && text.indexOf('‘') >= 0;
        for (String para : text.split("\n\n", -1)) {
            List<Span> spans = spans(para, singles);
            List<int[]> sentences = sentences(para, spans);
            for (Span q : spans) {
                int qs = paraStart + q.open() + 1;
                int qe = paraStart + q.close();
                String raw = text.substring(qs, qe);
                String clean = raw.strip().replaceAll("[,;:]+$", "").strip();
                if (clean.isEmpty()) continue;
                int[] sent = sentenceOf(sentences, q.open());
                int ss = paraStart + sent[0];
                int se = paraStart + sent[1];
                Attribution a = attribute(text, mentions, ss, se, paraStart + q.open(), paraStart + q.close() + 1, lastSpeaker, spans, paraStart);
                int words = Text.wordCount(clean);
                boolean fragment = words <= 3 || (Character.isLowerCase(clean.codePointAt(0)) && words <= 8 && !clean.matches(".*[.!?]$"));
                out.add(new Quote(qs, qe, clean, a.speaker, fragment, a.confidence));
                if (a.speaker != null) lastSpeaker = a.speaker;
            }
            paraStart += para.length() + 2;
        }
        return out;
    }

    private record Attribution(Mention speaker, double confidence) {
    }

    private Attribution attribute(String text, List<Mention> mentions, int ss, int se, int open, int closeEnd,
                                  Mention last, List<Span> spans, int paraStart) {
        // 1. after the quote: ', Kirby told reporters', ', said US Secretary of State Antony Blinken', ' he added'
        int afterEnd = se;
        for (Span s : spans) if (paraStart + s.open() > closeEnd && paraStart + s.open() < afterEnd) afterEnd = paraStart + s.open();
        String after = text.substring(closeEnd, Math.max(closeEnd, afterEnd));
        List<Tokens.Token> at = Tokens.of(after);
        for (int i = 0; i < Math.min(at.size(), 14); i++) {
            Tokens.Token v = at.get(i);
            if (v.type() != Tokens.Type.WORD || !Roles.SPEECH.contains(v.lower())) continue;
            int verbAt = closeEnd + v.start();
            // "X told reporters": the speaker stands between the quote and the verb, a person before an entity
            Mention person = null, entity = null;
            for (Mention m : mentions) {
                if (m.start() < closeEnd || m.end() > verbAt || possessive(text, m)) continue;
                if (!noClauseBreak(text, m.end(), verbAt)) continue;
                if (m.person()) person = m; else if (entity == null && !"place".equals(m.kind())) entity = m;
            }
            if (person != null) return new Attribution(person, 0.9);
            if (i > 0 && PRONOUNS.contains(at.get(i - 1).text())) return pronoun(text, mentions, ss, open, last);
            if (entity != null) return new Attribution(entity, 0.75);
            // "said US Secretary of State Antony Blinken": the speaker follows the verb
            Mention m = firstSubject(mentions, verbAt, Math.min(afterEnd, verbAt + 90), text, true);
            if (m != null) return new Attribution(m, 0.85);
            break;
        }
        // 2. before the quote: 'Spicer said the subject', 'he stated that the', 'Mr Darling replied:', 'According to X,'
        String before = text.substring(ss, open);
        List<Tokens.Token> bt = Tokens.of(before);
        for (int i = bt.size() - 1; i >= 0; i--) {
            Tokens.Token t = bt.get(i);
            if (t.type() != Tokens.Type.WORD || !Roles.SPEECH.contains(t.lower())) continue;
            // subject: a mention ending just before the verb (up to two adverbs/auxiliaries in between)
            int verbAt = ss + t.start();
            Mention subj = null;
            for (Mention m : mentions) {
                if (m.end() <= verbAt && m.start() >= ss && verbAt - m.end() <= 20 && !possessive(text, m)) subj = m;
            }
            if (subj != null && noClauseBreak(text, subj.end(), verbAt)) return new Attribution(subj, 0.85);
            int k = i - 1;
            while (k >= 0 && bt.get(k).type() == Tokens.Type.WORD && Set.of("also", "has", "have", "had", "then", "later", "again", "further").contains(bt.get(k).lower())) k--;
            if (k >= 0 && PRONOUNS.contains(bt.get(k).text())) return pronoun(text, mentions, ss, open, last);
        }
        Matcher acc = Pattern.compile("\\b[Aa]ccording to\\b").matcher(before);
        if (acc.find()) {
            Mention m = firstSubject(mentions, ss + acc.end(), open, text, false);
            if (m != null) return new Attribution(m, 0.8);
        }
        // 2b. '"...," Prime Minister Viktor Orban began his speech': a person named right after the quote's comma
        Mention named = namedAfter(text, mentions, closeEnd, afterEnd);
        if (named != null) return new Attribution(named, 0.7);
        // 3. a quote that is its whole sentence continues the last speaker
        String rest = (text.substring(ss, open) + text.substring(closeEnd, se)).replaceAll("[\\s.,!?\"“”'‘’]", "");
        if (rest.isEmpty() && last != null) return new Attribution(last, 0.75);
        // 4. the sentence's subject, person or entity
        Mention subj = firstSubject(mentions, ss, open, text, false);
        if (subj != null) return new Attribution(subj, 0.55);
        if (last != null) return new Attribution(last, 0.4);
        return new Attribution(null, 0.3);
    }

    /** The first person after the quote, separated from it by a comma and title words only. */
    private static Mention namedAfter(String text, List<Mention> mentions, int closeEnd, int afterEnd) {
        String after = text.substring(closeEnd, Math.max(closeEnd, afterEnd));
        if (!after.matches("(?s)^[,”\"’']*,.*") && !text.substring(Math.max(0, closeEnd - 2), closeEnd).contains(",")) return null;
        for (Mention m : mentions) {
            if (m.start() < closeEnd || m.start() >= afterEnd) continue;
            if (!m.person() || m.start() - closeEnd > 60 || possessive(text, m)) return null;
            String between = text.substring(closeEnd, m.start()).replaceFirst("^[”\"’',\\s]+", "");
            return between.isEmpty() || between.matches("(?:[\\p{L}’'-]+ ){0,5}") && !between.contains(",") ? m : null;
        }
        return null;
    }

    private static boolean startsWithPronounVerb(List<Tokens.Token> at) {
        for (int i = 0; i + 1 < Math.min(at.size(), 4); i++) {
            if (PRONOUNS.contains(at.get(i).text()) && Roles.SPEECH.contains(at.get(i + 1).lower())) return true;
        }
        return false;
    }

    private static boolean noClauseBreak(String text, int from, int to) {
        String between = text.substring(from, to);
        return !between.contains(",") && !between.contains(";") && !between.contains("“") && !between.contains("\"");
    }

    /** "he", "she": the person opening this sentence, else the subject of the nearest earlier sentence with a person, else the last speaker. */
    private Attribution pronoun(String text, List<Mention> mentions, int ss, int pos, Mention last) {
        for (Mention m : mentions) {
            if (!m.person() || m.start() < ss || m.start() >= pos) continue;
            String lead = text.substring(ss, m.start());
            if (lead.matches("[\\p{Lu}\\p{L}’'\\s]*") && lead.chars().filter(Character::isLowerCase).count() == 0
                    || lead.matches("(?:\\p{Lu}\\p{L}*\\s)*(?:[\\p{Ll}]+\\s)?")) {
                if (Text.wordCount(lead) <= 4) return new Attribution(m, 0.75);
            }
            break;
        }
        // the last speaker, named again in this or the previous sentence ("For Sang, that moment was ..."), goes on
        if (last != null && last.person()) {
            int prev = Math.max(text.lastIndexOf(". ", Math.max(0, ss - 3)), text.lastIndexOf("\n\n", Math.max(0, ss - 3)));
            final int from = prev < 0 ? 0 : prev;
            boolean named = mentions.stream().anyMatch(m -> m.person() && m.name().equals(last.name()) && m.start() >= from && m.start() < pos);
            boolean other = mentions.stream().anyMatch(m -> m.person() && !m.name().equals(last.name()) && m.start() >= ss && m.start() < pos);
            if (named && !other) return new Attribution(last, 0.75);
        }
        // walk back sentence by sentence for a person not governed by a preposition
        int end = ss;
        for (int hop = 0; hop < 4 && end > 0; hop++) {
            int start = Math.max(text.lastIndexOf(". ", end - 3), text.lastIndexOf("\n\n", end - 3));
            start = start < 0 ? 0 : start + 2;
            for (Mention m : mentions) {
                if (m.person() && m.start() >= start && m.start() < end && !governed(text, m) && !possessive(text, m)) {
                    return new Attribution(m, 0.7);
                }
            }
            end = start;
        }
        return new Attribution(last, last == null ? 0.2 : 0.5);
    }

    private static boolean possessive(String text, Mention m) {
        return m.end() + 1 < text.length() && (text.charAt(m.end()) == '’' || text.charAt(m.end()) == '\'')
                && text.charAt(m.end() + 1) == 's';
    }

    private static boolean governed(String text, Mention m) {
        return PREPOSITIONS.contains(Text.wordBefore(text, m.start()));
    }

    /** The first person (or, when no person, entity) in [from, to) that is not after a preposition nor possessive. */
    private static Mention firstSubject(List<Mention> mentions, int from, int to, String text, boolean personsFirst) {
        Mention entity = null;
        for (Mention m : mentions) {
            if (m.start() < from || m.start() >= to) continue;
            if (possessive(text, m) || (governed(text, m) && !Text.wordBefore(text, m.start()).equals("to"))) continue;
            if (m.person()) return m;
            if (entity == null && !"place".equals(m.kind())) entity = m;
            if (!personsFirst && entity != null) return entity;
        }
        return entity;
    }

    /** Pairs of quote marks: “…”, "…", ‘…’ and '…' (single ones only where they cannot be apostrophes). */
    static List<Span> spans(String p) {
        return spans(p, false);
    }

    static List<Span> spans(String p, boolean singlesQuote) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            int close = -1;
            if (c == '“') close = p.indexOf('”', i + 1);
            else if (c == '"') close = p.indexOf('"', i + 1);
            else if ((c == '‘' || c == '\'') && (i == 0 || !Character.isLetterOrDigit(p.charAt(i - 1)))) {
                char want = c == '‘' ? '’' : '\'';
                int j = i + 1;
                while (j < p.length()) {
                    j = p.indexOf(want, j);
                    if (j < 0) break;
                    boolean endsWord = j + 1 >= p.length() || !Character.isLetter(p.charAt(j + 1));
                    // "the Americans’ court": a plural possessive, not the end of the quotation
                    if (endsWord && p.charAt(j - 1) == 's' && j + 2 < p.length() && p.charAt(j + 1) == ' '
                            && Character.isLowerCase(p.charAt(j + 2))) endsWord = false;
                    if (endsWord && j > i + 1) break;
                    j++;
                }
                close = j < 0 || j >= p.length() ? -1 : j;
                if (close > 0 && !singlesQuote && Text.wordCount(p.substring(i + 1, close)) > 12) close = -1;
            }
            if (close > i) {
                out.add(new Span(i, close));
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Sentence ranges of a paragraph, never splitting inside a quotation. */
    static List<int[]> sentences(String p, List<Span> quotes) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            final int at = i;
            // a period inside a quotation ends the sentence only where it closes the quotation ('said: “Q.” Then'):
            // "“Why?” Kirby asked." goes on, so '!' and '?' never do
            if (quotes.stream().anyMatch(q -> q.open() < at && at < q.close() && (c != '.' || at + 1 != q.close()))) continue;
            int j = i + 1;
            while (j < p.length() && "\"”’')".indexOf(p.charAt(j)) >= 0) j++;
            if (j >= p.length() || p.charAt(j) != ' ') continue;
            if (j + 1 < p.length() && !Character.isUpperCase(p.charAt(j + 1)) && "“\"‘".indexOf(p.charAt(j + 1)) < 0) continue;
            String prev = p.substring(Math.max(0, i - 4), i);
            if (prev.matches(".*\\b(?:Mr|Mrs|Ms|Dr|No|St|Sr|Jr)$")) continue;
            out.add(new int[]{start, j});
            start = j + 1;
        }
        if (start < p.length()) out.add(new int[]{start, p.length()});
        return out;
    }

    private static int[] sentenceOf(List<int[]> sentences, int pos) {
        for (int[] s : sentences) if (pos >= s[0] && pos < s[1]) return s;
        return sentences.isEmpty() ? new int[]{0, 0} : sentences.get(sentences.size() - 1);
    }
}
