package dev.lede.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said a quotation, from the sentence around it, in order of how sure each reading is: a verb of saying
 * after the quote ("..., Kirby told reporters", "said X"), one before it ("X said: ..."), "According to X",
 * a person named right after the quote's comma, the last speaker for a quote that is its whole sentence, else the
 * subject of the sentence, else an institution named by its kind ("the jury said"), else the last speaker. Pronouns ("he added") are {@link PronounSpeaker}'s.
 */
final class QuoteAttribution {

    /** The speaker (null when none is found) and how sure the reading is. */
    record Attribution(Mention speaker, double confidence) {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "He", "She", "They");
    private static final Set<String> PREPOSITIONS = Set.of("to", "of", "with", "by", "about", "from", "in", "on",
            "for", "against", "at", "between", "into", "over", "than", "and", "as");
    /** Words after which a lower-case word is a verb's base form: "to sanction", "will see", "we urge". */
    private static final Set<String> BEFORE_BASE_FORM = Set.of("to", "will", "would", "can", "could", "should", "must",
            "may", "might", "shall", "i", "we", "you", "they", "does", "do", "did");
    /** Adverbs and auxiliaries that may stand between a pronoun and its verb ("he has also said"). */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("also", "has", "have", "had", "then", "later", "again", "further");
    private static final Pattern ACCORDING = Pattern.compile("\\b[Aa]ccording to\\b");

    private final String text;
    private final List<Mention> mentions;

    /** Attribution in {@code text}, whose people and entities are {@code mentions}. */
    QuoteAttribution(String text, List<Mention> mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    /**
     * The speaker of the quotation whose marks are at [open, closeEnd) in the sentence [ss, se); {@code last}
     * is the last speaker found, {@code spans} the paragraph's quotations (paragraph at {@code paraStart}).
     */
    Attribution attribute(int ss, int se, int open, int closeEnd, Mention last, List<QuoteSpans.Span> spans, int paraStart) {
        // the words after the quote reach to the next quotation at most
        int afterEnd = se;
        for (QuoteSpans.Span s : spans) if (paraStart + s.open() > closeEnd && paraStart + s.open() < afterEnd) afterEnd = paraStart + s.open();
        Attribution a = accordingAfter(closeEnd, afterEnd);
        if (a == null) a = afterQuote(ss, open, closeEnd, afterEnd, last);
        if (a == null) a = beforeQuote(ss, open, last);
        if (a == null) a = introducedAbove(open, paraStart, last);
        if (a == null) a = toldInTheNextSentence(ss, open, closeEnd, se);
        if (a != null) return a;
        // 2b. '"...," Prime Minister Viktor Orban began his speech': a person named right after the quote's comma
        Mention named = namedAfter(closeEnd, afterEnd);
        if (named != null) return new Attribution(named, 0.7);
        // 3. a quote that is its whole sentence continues the last speaker
        String rest = (text.substring(ss, Math.max(ss, open)) + text.substring(Math.min(closeEnd, se), se)).replaceAll("[\\s.,!?\"“”'‘’]", "");
        Attribution above = rest.isEmpty() ? saidAbove(open, paraStart) : null;
        if (above != null) return above;
        if (rest.isEmpty() && last != null) return new Attribution(last, 0.75);
        // 4. the sentence's subject, person or entity
        Mention subj = firstSubject(mentions, ss, open, text, false);
        if (subj != null) return new Attribution(subj, 0.55);
        // 5. "the jury said": an institution named by its kind, only when no name or subject spoke (before the
        // blind guess of the last speaker, which the text does not state)
        Attribution body = institutionSpeaks(ss, open, closeEnd, afterEnd);
        if (body != null) return body;
        if (last != null) return new Attribution(last, 0.4);
        return new Attribution(null, 0.3);
    }

    /** 1. After the quote: ', Kirby told reporters', ', said US Secretary of State Antony Blinken', ' he added'; null when none. */
    private Attribution afterQuote(int ss, int open, int closeEnd, int afterEnd, Mention last) {
        String after = text.substring(closeEnd, Math.max(closeEnd, afterEnd));
        List<Tokens.Token> at = Tokens.of(after);
        // a relative clause after the speaker ("X, who has followed the matter for years, said") does not count
        Matcher rel = RELATIVE.matcher(after);
        int window = 14 + (rel.find() ? Tokens.of(rel.group()).size() : 0);
        for (int i = 0; i < Math.min(at.size(), window); i++) {
            Tokens.Token v = at.get(i);
            if (v.type() != Tokens.Type.WORD || !Roles.SPEECH.contains(v.lower())) continue;
            int verbAt = closeEnd + v.start();
            // "X told reporters": the speaker stands between the quote and the verb, a person before an entity
            Mention person = null, entity = null;
            for (Mention m : mentions) {
                if (m.start() < closeEnd || m.end() > verbAt || possessive(text, m)) continue;
                if (!noClauseBreak(m.end(), verbAt) && !(m.person() && (relativeClause(m.end(), verbAt) || setOff(m, closeEnd, verbAt)
                        || apposedAfterABody(m, closeEnd, verbAt)))) continue;
                if (m.person()) person = m; else if (entity == null && !"place".equals(m.kind())) entity = m;
            }
            if (person != null) return new Attribution(person, 0.9);
            if (i > 0 && PRONOUNS.contains(at.get(i - 1).text())) return PronounSpeaker.resolve(text, mentions, ss, open, last, at.get(i - 1).text());
            if (i > 0 && at.get(i - 1).lower().equals("it")) return PronounSpeaker.body(text, mentions, ss, open);
            Attribution described = PronounSpeaker.described(text, mentions, ss, open, last, after.substring(0, v.start()));
            if (described != null) return described;
            if (entity != null) return new Attribution(entity, 0.75);
            // "said US Secretary of State Antony Blinken": the speaker follows the verb
            Mention m = firstSubject(mentions, verbAt, Math.min(afterEnd, verbAt + 90), text, true);
            return m != null ? new Attribution(m, 0.85) : null;
        }
        return null;
    }

    /**
     * 1a. '..., according to the deputy head of the regional administration, Ivan Petrov.': "according to" right
     * after the quote names the speaker, however long the title before the name (up to {@link #TITLE_REACH}
     * characters, inside the sentence); the first person there, else the first body. Null when the words after
     * the quote do not open with "according to" or name nobody.
     */
    private Attribution accordingAfter(int closeEnd, int afterEnd) {
        Matcher acc = ACCORDING_AFTER.matcher(text.substring(closeEnd, Math.max(closeEnd, afterEnd)));
        if (!acc.find()) return null;
        Mention m = firstSubject(mentions, closeEnd + acc.end(), Math.min(afterEnd, closeEnd + acc.end() + TITLE_REACH), text, true);
        return m == null ? null : new Attribution(m, 0.85);
    }

    /** What may stand between "it said" and the quote it introduces: a setting ("in a statement", "on Monday"), then ":", "," or "that". */
    private static final Pattern INTRODUCES = Pattern.compile("(?:\\s+(?:in|on|at|late|early)\\b[^,:;\"“]{0,40}?)?\\s*(?::|,|\\s+that)?\\s*");
    private static final Pattern HIM_OR_HER = Pattern.compile("\\s+(him|her)\\b");
    private static final Pattern ACCORDING_AFTER = Pattern.compile("^[,”\"’'\\s]*according to\\b");
    private static final int TITLE_REACH = 120;

    /** 2. Before the quote: 'Spicer said the subject', 'he stated that the', 'Mr Darling replied:', 'According to X,'; null when none. */
    private Attribution beforeQuote(int ss, int open, Mention last) {
        String before = text.substring(ss, open);
        List<Tokens.Token> bt = Tokens.of(before);
        for (int i = bt.size() - 1; i >= 0; i--) {
            Tokens.Token t = bt.get(i);
            if (t.type() != Tokens.Type.WORD || !Roles.SPEECH.contains(t.lower())) continue;
            // subject: a mention ending just before the verb (up to two adverbs/auxiliaries in between)
            int verbAt = ss + t.start();
            Mention subj = null;
            for (Mention m : mentions) {
                if (m.end() <= verbAt && m.start() >= ss && verbAt - m.end() <= 20 && !possessive(text, m)
                        && (subj == null || m.end() > subj.end())) subj = m; // the nearest to the verb (mentions come sorted by start)
            }
            if (subj != null && !subj.person()) subj = personOf(subj); // "Professor X of the University of Y said"
            if (subj != null && (noClauseBreak(subj.end(), verbAt) || apposedAfterABody(subj, ss, verbAt))) return new Attribution(subj, 0.85);
            int k = i - 1;
            while (k >= 0 && bt.get(k).type() == Tokens.Type.WORD && BETWEEN_SUBJECT_AND_VERB.contains(bt.get(k).lower())) k--;
            if (k >= 0 && PRONOUNS.contains(bt.get(k).text())) return PronounSpeaker.resolve(text, mentions, ss, open, last, bt.get(k).text());
            Attribution described = PronounSpeaker.described(text, mentions, ss, verbAt, last, before.substring(0, t.start()));
            if (described != null) return described;
            // "It said in a statement that", "it said:" introduce the quote; "it said nothing about pensions:" does not
            if (k >= 0 && bt.get(k).lower().equals("it") && INTRODUCES.matcher(text.substring(ss + t.end(), open)).matches()) {
                return PronounSpeaker.body(text, mentions, ss, ss + bt.get(k).start());
            }
        }
        Matcher acc = ACCORDING.matcher(before);
        if (acc.find()) {
            Mention m = firstSubject(mentions, ss + acc.end(), open, text, false);
            if (m != null) return new Attribution(m, 0.8);
            // "According to him, ...": the pronoun's person
            Matcher him = HIM_OR_HER.matcher(before.substring(acc.end()));
            if (him.lookingAt()) return PronounSpeaker.resolve(text, mentions, ss, open, last, him.group(1));
        }
        return null;
    }

    /** '“Q.” That is what Van Egmond says ...', '“Q.” So said X.': the next sentence names who said the quote that is a sentence of its own. */
    private static final Pattern THAT_IS_WHAT = Pattern.compile("^\\s*(?:That|This|So)\\b[^.!?\"“”]{0,40}?\\b(?:says|said|writes|wrote|explains|explained|tells|told|adds|added)\\b");

    private Attribution toldInTheNextSentence(int ss, int open, int closeEnd, int se) {
        if (!text.substring(ss, open).isBlank() || closeEnd > se) return null;
        String rest = text.substring(se, Math.min(text.length(), se + 160));
        Matcher m = THAT_IS_WHAT.matcher(rest);
        if (!m.find()) return null;
        int from = se + m.start(), to = Math.min(text.length(), se + m.end() + 60);
        for (Mention x : mentions) if (x.person() && x.start() >= from && x.start() < to) return new Attribution(x, 0.8);
        return null;
    }

    /** 2a. "Mbeki said:" closing the paragraph above introduces the quote that opens this one; null otherwise. */
    private Attribution introducedAbove(int open, int paraStart, Mention last) {
        int[] above = lastSentenceAbove(open, paraStart, ':');
        return above == null ? null : beforeQuote(above[1], above[2], last);
    }

    /**
     * When the quote at {@code open} opens its paragraph and the paragraph above ends with {@code mark}: that paragraph's
     * start, its last sentence's start and where the mark stands; null otherwise. The paragraph first, then its last
     * sentence inside it: no search runs back to the start of the page.
     */
    private int[] lastSentenceAbove(int open, int paraStart, char mark) {
        if (paraStart > open || !text.substring(paraStart, open).isBlank()) return null;
        int k = paraStart - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
        if (k < 0 || text.charAt(k) != mark) return null;
        int para = text.lastIndexOf('\n', k) + 1;
        String p = text.substring(para, k);
        return new int[]{para, para + Math.max(Math.max(p.lastIndexOf(". ") + 1, p.lastIndexOf("? ") + 1), p.lastIndexOf("! ") + 1), k};
    }

    /** Verbs that report what a person said, not what they did ("denied the motion", "vowed", "was asked", "called it"). */
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "added", "adds", "explained", "explains",
            "warned", "warns", "argued", "argues", "insisted", "insists", "noted", "notes", "stressed", "stresses", "wrote", "writes");
    /** Between a subject and its verb: nothing, one clause set off by commas, or an adverb or two. */
    private static final Pattern SUBJECT_TO_VERB = Pattern.compile("\\s*|,[^,\"“”]{1,100},\\s*|\\s+(?:\\p{Ll}+\\s+){1,2}");

    /**
     * 3a. "Grace Mwangi, who heads the water board, said the dam was nearly empty." and then a paragraph that is only
     * the quote: the quote goes on with the person whose reported saying closes the paragraph above. The person is
     * the sentence's subject (a title at most before it: "Police said the suspect, X, had fled", "After Mayor X said"
     * give nobody) and the verb a reporting verb right after it ("Judge X denied the motion", "Striker X was asked"
     * give nobody). Not when that paragraph quotes somebody itself; null otherwise.
     */
    private Attribution saidAbove(int open, int paraStart) {
        int[] above = lastSentenceAbove(open, paraStart, '.');
        if (above == null) return null;
        String p = text.substring(above[0], above[2]);
        if (p.indexOf('"') >= 0 || p.indexOf('“') >= 0) return null;
        int ss = above[1], k = above[2];
        for (Mention m : mentions) {
            if (!m.person() || m.start() < ss || m.start() >= k) continue;
            if (!titleOnly(text.substring(ss, m.start()))) return null; // the first person opens the sentence, or none does
            List<Tokens.Token> rest = Tokens.of(text.substring(m.end(), k));
            for (Tokens.Token t : rest) {
                if (t.type() != Tokens.Type.WORD || !REPORTING.contains(t.lower())) continue;
                boolean subjects = SUBJECT_TO_VERB.matcher(text.substring(m.end(), m.end() + t.start())).matches();
                return subjects ? new Attribution(m, 0.65) : null;
            }
            return null;
        }
        return null;
    }

    /** Words before a sentence's subject that are its title at most: role words, a country, an article, a possessive. */
    private static boolean titleOnly(String lead) {
        for (Tokens.Token t : Tokens.of(lead)) {
            String w = t.lower();
            boolean title = Roles.isNoun(w) || Roles.personNoun(w) || Roles.MODIFIERS.contains(w) || w.equals("the");
            if (t.type() != Tokens.Type.POSS && !title && !(t.capitalized() && CountryData.isCountryWord(t.text()))) return false;
        }
        return true;
    }

    /** The verb of saying after the quote (as {@link #afterQuote} reads it), else the last one before it, whose subject is "the" and a kind noun. */
    private Attribution institutionSpeaks(int ss, int open, int closeEnd, int afterEnd) {
        List<Tokens.Token> at = Tokens.of(text.substring(closeEnd, Math.max(closeEnd, afterEnd)));
        for (int i = 0; i < Math.min(at.size(), 14); i++) {
            if (speech(at.get(i))) {
                Attribution a = institution(closeEnd + at.get(i).start());
                if (a != null) return a;
                break;
            }
        }
        List<Tokens.Token> bt = Tokens.of(text.substring(ss, open));
        for (int i = bt.size() - 1; i >= 0; i--) if (speech(bt.get(i))) return institution(ss + bt.get(i).start());
        return null;
    }

    private static boolean speech(Tokens.Token t) {
        return t.type() == Tokens.Type.WORD && Roles.SPEECH.contains(t.lower());
    }

    /**
     * "the jury said", "the ministry added": a body named by the noun of its kind after "the" ({@link
     * Roles#INSTITUTIONS}); never any other noun ("the woman said", "the report said"). The noun is the speaker's
     * name, as the text gives no other.
     */
    private Attribution institution(int verbAt) {
        Attribution holder = roleHolder(verbAt);
        if (holder != null) return holder;
        Matcher m = THE_NOUN.matcher(text.substring(Math.max(0, verbAt - 40), verbAt));
        if (!m.find() || !Roles.INSTITUTIONS.contains(m.group(1)) && !m.group(1).equals("bench")) return null;
        int start = verbAt - (m.end() - m.start(1));
        String noun = m.group(1);
        // "the court said" on a page that names one court, "the High Court": that court
        Mention named = theOneNamed(noun.equals("bench") ? "court" : noun);
        if (named == null) named = lastOfKind(noun, start);
        if (named != null) return new Attribution(new Mention(start, start + noun.length(), noun, named.name(), named.kind(), false), 0.7);
        if (noun.equals("bench")) return null;
        return new Attribution(new Mention(start, start + noun.length(), noun, noun, "organization", false), 0.6);
    }

    private static final Pattern THE_ROLE = Pattern.compile("(?:^|\\s)[Tt]he ((?:[\\p{L}\\d'’-]+ ){0,2})(\\p{Ll}{3,})(?: (?:also|then|later|again))? $");
    /** Words that make a different office of the same noun: the vice president is not the president. */
    private static final Set<String> RANKS = Set.of("vice", "deputy", "former", "acting", "interim", "assistant", "ex");

    /**
     * "the minister said", "the former president told supporters": a person's role noun after "the" (up to two words
     * before it) refers back to the person last named before the verb at {@code verbAt} whose title right before the
     * name or whose apposition ("Kagiso Molefe, the finance minister") holds that noun with the same rank words
     * ("vice", "former"); a holder whose only extra rank is "former" serves when no exact one does. Null when the
     * words are no role or nobody holds it.
     */
    private Attribution roleHolder(int verbAt) {
        int from = Math.max(0, verbAt - 50);
        Matcher m = THE_ROLE.matcher(text.substring(from, verbAt));
        if (!m.find() || !Roles.personNoun(m.group(2))) return null;
        int phrase = from + m.start(2);
        Set<String> ranks = ranks(m.group(1));
        Set<String> exact = new java.util.HashSet<>(), former = new java.util.HashSet<>();
        for (Mention x : mentions) {
            if (!x.person() || x.start() >= phrase) continue;
            String title = statedRole(x);
            if (!hasWord(title, m.group(2))) continue;
            Set<String> held = ranks(title);
            if (held.equals(ranks)) exact.add(x.name());
            else if (held.remove("former") && held.equals(ranks)) former.add(x.name());
        }
        Set<String> holders = exact.isEmpty() ? former : exact;
        Mention best = null;
        for (Mention x : mentions) {
            if (x.person() && x.start() < phrase && holders.contains(x.name()) && (best == null || x.start() > best.start())) best = x;
        }
        return best == null ? null : new Attribution(best, 0.7);
    }

    private static Set<String> ranks(String words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) if (RANKS.contains(w)) out.add(w);
        return out;
    }

    private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?\n]");

    /**
     * The title right before the mention ("Finance Minister", "union leader": the words up to the first one that is
     * no title word, inside the sentence) and its apposition after it ("X, the finance minister,").
     */
    private String statedRole(Mention x) {
        String before = text.substring(Math.max(0, x.start() - 45), x.start());
        Matcher stop = SENTENCE_STOP.matcher(before);
        int cut = 0;
        while (stop.find()) cut = stop.end();
        String after = text.substring(x.end(), Math.min(text.length(), x.end() + 70));
        int close = after.startsWith(",") ? after.indexOf(',', 1) : -1;
        String apposition = close > 0 ? after.substring(0, close) : "";
        return titleRun(before.substring(cut)) + " " + apposition;
    }

    /** The tail of {@code s} made of capitalised words, title words and person nouns ("met union leader" -> "union leader"). */
    private static String titleRun(String s) {
        String[] w = s.trim().split("\\s+");
        int k = w.length;
        while (k > 0) {
            String x = w[k - 1].replaceAll("[’']s$", "");
            String l = x.toLowerCase(java.util.Locale.ROOT);
            if (x.isEmpty() || !(Character.isUpperCase(x.charAt(0)) || Roles.isNoun(l) || Roles.MODIFIERS.contains(l) || Roles.personNoun(l))) break;
            k--;
        }
        return String.join(" ", java.util.Arrays.asList(w).subList(k, w.length));
    }

    private static boolean hasWord(String s, String word) {
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+")) if (w.equals(word)) return true;
        return false;
    }

    /**
     * The kinds of body a noun refers back to ("the group said" after "Hamas said"): only nouns that a body's own
     * name seldom holds; "the ministry", "the army" are {@link #theOneNamed}'s, by the noun in the name.
     */
    private static final Map<String, Set<String>> KINDS_OF = kindsOf();

    private static Map<String, Set<String>> kindsOf() {
        Map<String, Set<String>> m = new HashMap<>();
        for (String n : List.of("group", "organisation", "organization", "charity", "movement")) m.put(n, Set.of("organization"));
        for (String n : List.of("company", "firm")) m.put(n, Set.of("company"));
        m.put("party", Set.of("political_party"));
        return Map.copyOf(m);
    }

    /**
     * "Hamas said ... 'Our demands are clear,' the group said": the one body of the noun's kind named in this paragraph
     * or the one before, before the quote's verb at {@code before}; null when none, or when two are ("Nvidia rose while
     * rival AMD fell, the company said": the text does not say which).
     */
    private Mention lastOfKind(String noun, int before) {
        Set<String> kinds = KINDS_OF.get(noun);
        if (kinds == null) return null;
        int para = text.lastIndexOf("\n\n", before);
        int from = para <= 0 ? 0 : Math.max(0, text.lastIndexOf("\n\n", para - 1));
        Mention found = null;
        for (Mention x : mentions) {
            if (x.person() || x.name() == null || x.start() < from || x.start() >= before || !kinds.contains(x.kind())) continue;
            if (found != null && !found.name().equals(x.name())) return null;
            found = x;
        }
        return found;
    }

    /** The one body of the page named by {@code noun} ("court" -> "High Court", "ministry" -> "Ministry of Health"); null when none or several. */
    private Mention theOneNamed(String noun) {
        Mention found = null;
        for (Mention x : mentions) {
            if (x.person() || x.name() == null) continue;
            String n = x.name();
            int sp = n.lastIndexOf(' ');
            // "High Court", or "Ministry of Health" / "Court of Appeal" opened by the noun
            boolean ends = sp > 0 && n.substring(sp + 1).equalsIgnoreCase(noun);
            boolean opens = n.regionMatches(true, 0, noun + " of ", 0, noun.length() + 4);
            if (!ends && !opens) continue;
            if (found != null && !found.name().equals(n)) return null;
            found = x;
        }
        return found;
    }

    private static final Pattern THE_NOUN = Pattern.compile("(?:^|\\s)[Tt]he (\\p{Ll}{3,})(?: (?:also|then|later|again))? $");

    /** The first person after the quote, separated from it by a comma and title words only. */
    private Mention namedAfter(int closeEnd, int afterEnd) {
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

    private static final Pattern RELATIVE = Pattern.compile(", (?:who|whose) [^,;“”\"]{1,120}, ");
    private static final Pattern RELATIVE_ONLY = Pattern.compile(", (?:who|whose) [^,;“”\"]{1,120}, (?:\\p{Ll}+ ){0,2}");

    /** Whether [from, to) is a relative clause, and up to two adverbs, between a speaker and the verb. */
    private boolean relativeClause(int from, int to) {
        return RELATIVE_ONLY.matcher(text).region(from, to).matches();
    }

    private static final Pattern PERSON_NOUN_PHRASE = Pattern.compile("^[\\s,”\"’']*(?:the|a|an|his|her|their|its|[\\p{L}]+['’]s) (?:[\\p{L}-]+ ){0,2}([\\p{L}-]+), $");

    /**
     * '"...," the judge, Amit Mehta, wrote': a name set off by commas right before the verb, after a plain phrase of a
     * person noun, is its subject. Not after "the father of the victim, Sarah Jones," (an "of" or "for" phrase names
     * someone else, who may be the one speaking).
     */
    private boolean setOff(Mention m, int closeEnd, int verbAt) {
        if (!commasAround(m, verbAt)) return false;
        Matcher p = PERSON_NOUN_PHRASE.matcher(text.substring(closeEnd, m.start()));
        return p.find() && Roles.personNoun(p.group(1)) && !p.group().contains(" of ") && !p.group().contains(" for ");
    }

    /** ", Amit Mehta, wrote": the mention is set off by a comma before it and one right before the verb. */
    private boolean commasAround(Mention m, int verbAt) {
        return m.start() >= 2 && text.startsWith(", ", m.start() - 2) && text.substring(m.end(), verbAt).matches(",\\s*");
    }

    private boolean noClauseBreak(int from, int to) {
        String between = text.substring(from, to);
        return !between.contains(",") && !between.contains(";") && !between.contains("“") && !between.contains("\"");
    }

    /** "Kirby's": a possessive names whose something is, not who speaks. */
    static boolean possessive(String text, Mention m) {
        return m.end() + 1 < text.length() && (text.charAt(m.end()) == '’' || text.charAt(m.end()) == '\'')
                && text.charAt(m.end() + 1) == 's';
    }

    private static final Pattern OF_THE = Pattern.compile("\\s+(?:of|at|from)(?:\\s+the)?\\s+");

    /**
     * "Professor Helen Okafor of the University of Ibadan said": the person whose "of", "at" or "from" phrase the body
     * is, who is then the one saying; the body itself when no person stands right before the phrase.
     */
    private Mention personOf(Mention body) {
        for (Mention p : mentions) {
            if (p.person() && p.end() < body.start() && body.start() - p.end() <= 12 // " of the ", " from the " at most
                    && OF_THE.matcher(text.substring(p.end(), body.start())).matches()) return p;
        }
        return body;
    }

    /** "according to Kirby": the mention is the source of what the sentence says. */
    static boolean afterAccordingTo(String text, Mention m) {
        return m.start() >= 13 && text.regionMatches(true, m.start() - 13, "according to ", 0, 13);
    }

    /**
     * "A spokesperson for the Kremlin, Dmitry Peskov, told reporters": a person set off by commas right before the verb,
     * right after a body's name, when the phrase from {@code from} to the body holds one role or person noun. A person
     * is not in apposition to a body, so the name is that noun's, the verb's subject. Not "a lawyer for the chief
     * executive of Orion Bank, Rafael Duarte," (two such nouns: the name may be the second's, who is not speaking).
     */
    private boolean apposedAfterABody(Mention m, int from, int verbAt) {
        if (!m.person() || !commasAround(m, verbAt)) return false;
        Mention body = mentions.stream().filter(b -> !b.person() && !"place".equals(b.kind()) && b.end() == m.start() - 2)
                .findFirst().orElse(null);
        if (body == null || body.start() < from) return false;
        int roles = 0; // runs of role words: "deputy spokesperson" is one role, "lawyer ... chief executive" two
        boolean inRole = false;
        for (Tokens.Token t : Tokens.of(text.substring(from, body.start()))) {
            boolean role = t.type() == Tokens.Type.WORD && Roles.personNoun(t.lower());
            roles += role && !inRole ? 1 : 0;
            inRole = role;
        }
        return roles == 1;
    }

    /** After a preposition ("to Kirby", "with the minister") a mention is an object, not a subject. */
    static boolean governed(String text, Mention m) {
        return PREPOSITIONS.contains(Text.wordBefore(text, m.start())) || objectOfVerb(text, m.start());
    }

    /**
     * "We urge Iran", "continue to sanction Russia", "does he see Moscow": a name right after a verb's base form
     * (a lower-case word after "to", a modal or a subject pronoun, two words back at most) is its object. A
     * rule about the verb's form, not a list of verbs.
     */
    private static boolean objectOfVerb(String text, int start) {
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        if (s == e || !Character.isLowerCase(text.charAt(s)) || Roles.SPEECH.contains(text.substring(s, e))) return false;
        String before = Text.wordBefore(text, s);
        if (BEFORE_BASE_FORM.contains(before)) return true;
        // "does he see Moscow": a pronoun between the auxiliary and the verb
        return PRONOUNS.contains(before) && BEFORE_BASE_FORM.contains(Text.wordBefore(text, s - before.length() - 1));
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
}
