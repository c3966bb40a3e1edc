package dev.lede.ingest.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tuning pages perturbed (never the validation pages): the extractor must keep its people and quotes when the
 * people bear names of other cultures and when "said" is worded otherwise. A rule that only held for the exact
 * words of the tuning pages fails here.
 */
class PerturbationTest {

    static final NewsExtractor EXTRACTOR = new NewsExtractor();

    static List<DevSet.PageResult> score(UnaryOperator<Perturb.Page> f) throws IOException {
        List<DevSet.PageResult> out = new ArrayList<>();
        for (String id : DevSet.split().tuning()) {
            Perturb.Page p = f.apply(new Perturb.Page(id, DevSet.text(id), DevSet.truth(id)));
            Extraction x;
            try {
                x = EXTRACTOR.extract(RawPage.ofText(p.text()), KnownNames.empty());
            } catch (Extractor.NoArticleException e) {
                x = null;
            }
            DevSet.PageResult r = DevSet.score(p.id(), x, p.truth());
            out.add(r);
            if (Boolean.getBoolean("lede.eval.context")) for (String m : r.misses()) {
                if (m.startsWith("missed quote: ")) {
                    String q = m.substring("missed quote: ".length(), Math.min(m.length(), "missed quote: ".length() + 30));
                    for (String para : p.text().split("\n")) if (para.contains(q)) System.out.println("QCTX " + p.id() + ": " + para);
                }
                if (!m.startsWith("missed person: ")) continue;
                String name = m.substring("missed person: ".length());
                for (int at = p.text().indexOf(name); at >= 0; at = p.text().indexOf(name, at + 1))
                    System.out.println("CTX " + p.id() + ": ..." + p.text().substring(Math.max(0, at - 60), Math.min(p.text().length(), at + name.length() + 60)).replace('\n', '|') + "...");
            }
        }
        return out;
    }

    static DevSet.Averages report(String title, UnaryOperator<Perturb.Page> f) throws IOException {
        List<DevSet.PageResult> rs = score(f);
        System.out.println(DevSet.table(title, rs));
        if (Boolean.getBoolean("lede.eval.misses")) rs.forEach(r -> System.out.println(r.page() + "\n    - " + String.join("\n    - ", r.misses())));
        return DevSet.Averages.of(rs);
    }

    @Test
    void peopleWithNamesOfOtherCulturesAreStillFound() throws IOException {
        DevSet.Averages a = report("tuning pages, people renamed", Perturb::renamePeople);
        assertTrue(a.people() >= FLOOR_RENAMED_PEOPLE, "people F1 " + a.people());
        assertTrue(a.quotes() >= FLOOR_RENAMED_QUOTES, "quotes F1 " + a.quotes());
    }

    @Test
    void quotesHoldWhenSaidIsWordedOtherwise() throws IOException {
        for (String verb : List.of("added", "told reporters", "stated")) {
            DevSet.Averages a = report("tuning pages, said -> " + verb, p -> Perturb.rewordSaid(p, verb));
            assertTrue(a.quotes() >= FLOOR_REWORDED_QUOTES, verb + ": quotes F1 " + a.quotes());
            assertTrue(a.people() >= FLOOR_REWORDED_PEOPLE, verb + ": people F1 " + a.people());
        }
    }

    @Test
    void quotesHoldWhateverTheSentenceShape() throws IOException {
        for (var shape : List.<java.util.Map.Entry<String, UnaryOperator<Perturb.Page>>>of(
                java.util.Map.entry("colon after the speaker", Perturb::colonise),
                java.util.Map.entry("verb and speaker swapped", Perturb::invert),
                java.util.Map.entry("quotes in paragraphs of their own", Perturb::splitParagraphs),
                java.util.Map.entry("an institution beside the speaker", Perturb::besideInstitution),
                java.util.Map.entry("straight quotation marks", p -> Perturb.quoteMarks(p, false)))) {
            DevSet.Averages a = report("tuning pages, " + shape.getKey(), shape.getValue());
            assertTrue(a.quotes() >= FLOOR_SHAPED_QUOTES, shape.getKey() + ": quotes F1 " + a.quotes());
        }
    }

    /**
     * A page quoting with single marks (‘…’) throughout: quotations of any length are still found (before round 2
     * only short single-quoted spans were, 0.55). Lower than the others: a quotation nested in one, ‘in the act’,
     * becomes ambiguous once its outer marks are single too, which real pages avoid.
     */
    @Test
    void quotesInSingleQuotationMarksAreFound() throws IOException {
        DevSet.Averages a = report("tuning pages, single quotation marks", p -> Perturb.quoteMarks(p, true));
        assertTrue(a.quotes() >= FLOOR_SINGLE_QUOTES, "quotes F1 " + a.quotes());
    }

    static final double FLOOR_SINGLE_QUOTES = 0.85;

    /**
     * An organisation defined once with its acronym, "the Korea Basic Science Institute (KBSI)", and named by the
     * acronym after that: the acronym is an alias of the entity found by the long name, never a second entity.
     */
    @Test
    void anAcronymDefinedAfterANameIsThatEntity() throws IOException {
        int linked = 0;
        for (String id : DevSet.split().tuning()) {
            Perturb.Page p = Perturb.acronyms(new Perturb.Page(id, DevSet.text(id), DevSet.truth(id)));
            if (!p.id().endsWith("~acronym")) continue;
            Extraction x = EXTRACTOR.extract(RawPage.ofText(p.text()), KnownNames.empty());
            for (Extraction.EntityFound e : x.entities()) {
                String acr = Perturb.initials(e.name());
                assertTrue(x.entities().stream().noneMatch(o -> o.name().equals(acr)), p.id() + ": " + acr + " apart from " + e.name());
                if (acr != null && p.text().contains("(" + acr + ")") && e.forms().contains(acr)) linked++;
            }
        }
        assertTrue(linked >= 3, "acronyms linked as aliases: " + linked);
        DevSet.Averages a = report("tuning pages, organisations named by an acronym after their definition", Perturb::acronyms);
        assertTrue(a.entities() >= ENTITIES_ACRONYMS, "entities F1 " + a.entities());
        assertTrue(a.bodyKept() >= 1.0, "body kept " + a.bodyKept());
    }

    static final double ENTITIES_ACRONYMS = 0.79;

    /**
     * "“Q,” the panel said." (dev-b07's "the jury said", put on the four tuning pages that attribute a quote by a
     * name right after it): an institution named by a common noun speaks when no person does. Round 3: quotes
     * 0.80 -> 0.91 on these copies (dev-02, dev-a03, dev-b14 up; dev-a12 down, because a bare quote after the
     * panel's now goes on with the panel while the copy's truth still gives it to the person).
     */
    @Test
    void anInstitutionSpeaksWhenNoPersonDoes() throws IOException {
        List<DevSet.PageResult> rs = score(Perturb::institutionSpeaks);
        System.out.println(DevSet.table("tuning pages, an institution speaks", rs));
        assertTrue(rs.stream().filter(r -> r.page().endsWith("~panel")).count() >= 4, "pages perturbed");
        assertTrue(DevSet.Averages.of(rs).quotes() >= 0.89, "quotes F1 " + DevSet.Averages.of(rs).quotes());
    }

    /**
     * A prose disclaimer in front of a wire dateline (dev-b11's layout, put on the four other tuning pages whose body
     * opens with a dateline): the body starts at the dateline and the disclaimer is removed. Round 3: boilerplate
     * 0.81 -> 0.98 on these copies, body kept on all; after the review a bare one-word dateline no longer counts.
     */
    @Test
    void theBodyStartsAtTheDatelineBehindADisclaimer() throws IOException {
        List<DevSet.PageResult> rs = score(Perturb::disclaimerBeforeDateline);
        System.out.println(DevSet.table("tuning pages, a disclaimer before the dateline", rs));
        List<DevSet.PageResult> perturbed = rs.stream().filter(r -> r.page().endsWith("~disclaimer")).toList();
        assertTrue(perturbed.size() >= 4, "dateline pages perturbed: " + perturbed.size());
        // review of round 3: one capitals word and a dash ("UPDATE —", dev-a07's bare "WANA –") is no sure dateline,
        // so that copy keeps its disclaimer on purpose; the others drop it
        List<String> kept = perturbed.stream().filter(r -> r.boilerplate() < 1.0).map(DevSet.PageResult::page).toList();
        assertEquals(List.of("dev-a07~disclaimer"), kept, "copies whose disclaimer stays in the body");
        perturbed.forEach(r -> assertTrue(r.bodyKept(), r.page() + ": body not kept"));
    }

    /**
     * A photo caption with a photographer's credit moved between the first two body paragraphs (dev-a07's layout,
     * put on the four tuning pages with such a caption): it is not body, so its names are not the story's. Round 3:
     * people 0.94 -> 0.97 and entities 0.75 -> 0.77 on these copies.
     */
    @Test
    void aCaptionBetweenBodyParagraphsIsNotBody() throws IOException {
        int moved = 0;
        for (String id : DevSet.split().tuning()) {
            Perturb.Page p = Perturb.captionInBody(new Perturb.Page(id, DevSet.text(id), DevSet.truth(id)));
            if (!p.id().endsWith("~caption")) continue;
            Extraction x = EXTRACTOR.extract(RawPage.ofText(p.text()), KnownNames.empty());
            for (String c : Perturb.captions(p)) assertFalse(x.body().contains(c), p.id() + ": caption in the body: " + c);
            moved++;
        }
        assertTrue(moved >= 4, "pages with a credited caption: " + moved);
        DevSet.Averages a = report("tuning pages, a caption between body paragraphs", Perturb::captionInBody);
        assertTrue(a.people() >= 0.96, "people F1 " + a.people());
        assertTrue(a.entities() >= 0.76, "entities F1 " + a.entities());
    }

    /**
     * Round 4: quotation marks of other conventions (French « » with inner spaces, German „ “, reversed » «) on
     * every tuning page. Before round 4 only curly and straight marks opened a quotation: quotes 0.38 on these
     * copies. Single guillemets ‹ › are read too, but only as the marks nested inside « » are tested here.
     */
    @Test
    void quotesInOtherConventionsOfMarksAreFound() throws IOException {
        for (String[] marks : List.of(new String[]{"« ", " »"}, new String[]{"„", "“"}, new String[]{"»", "«"})) {
            DevSet.Averages a = report("tuning pages, quotation marks " + marks[0].strip() + marks[1].strip(), p -> Perturb.foreignMarks(p, marks[0], marks[1]));
            assertTrue(a.quotes() >= FLOOR_FOREIGN_MARKS, marks[0] + marks[1] + ": quotes F1 " + a.quotes());
            assertTrue(a.people() >= FLOOR_FOREIGN_MARKS_PEOPLE, marks[0] + marks[1] + ": people F1 " + a.people());
        }
    }

    static final double FLOOR_FOREIGN_MARKS = 0.95, FLOOR_FOREIGN_MARKS_PEOPLE = 0.96;

    /**
     * Round 4: a quotation of several sentences printed over two paragraphs, the opening mark on each and the
     * closing mark on the last only; both parts are the speaker's. Before round 4 the first part was lost (an
     * unclosed mark): quotes 0.92 on the seven copies; after 0.98 (dev-b01 keeps its nested-mark miss).
     */
    @Test
    void aQuoteContinuedOverParagraphsKeepsEveryPart() throws IOException {
        List<DevSet.PageResult> rs = score(Perturb::continuedQuote);
        System.out.println(DevSet.table("tuning pages, a quotation continued over two paragraphs", rs));
        if (Boolean.getBoolean("lede.eval.misses")) rs.forEach(r -> System.out.println(r.page() + "\n    - " + String.join("\n    - ", r.misses())));
        assertTrue(rs.stream().filter(r -> r.page().endsWith("~continued")).count() >= 4, "pages perturbed");
        DevSet.Averages a = DevSet.Averages.of(rs);
        assertTrue(a.quotes() >= FLOOR_CONTINUED, "quotes F1 " + a.quotes());
        assertTrue(a.bodyKept() >= 1.0, "body kept " + a.bodyKept());
    }

    static final double FLOOR_CONTINUED = 0.96;

    /**
     * Round 4: a related-stories block ("Related stories" or "Read more" and two headlines of other stories) after the
     * body's first paragraph: the body goes on after it and the block is removed. Before round 4 a "Related stories"
     * or "Read more" label ended the body (body kept on 1 of 16 copies, people 0.45, quotes 0.19) and a shouted
     * "RELATED" left its second headline in the body (boilerplate 0.81); after, body kept on all, boilerplate 0.99.
     */
    @Test
    void theBodyGoesOnAfterAnInlineRelatedBlock() throws IOException {
        for (String label : List.of("Related stories", "Read more", "RELATED")) {
            List<DevSet.PageResult> rs = score(p -> Perturb.relatedInBody(p, label));
            System.out.println(DevSet.table("tuning pages, an inline block \"" + label + "\"", rs));
            if (Boolean.getBoolean("lede.eval.misses")) rs.forEach(r -> System.out.println(r.page() + "\n    - " + String.join("\n    - ", r.misses())));
            assertTrue(rs.stream().filter(r -> r.page().endsWith("~related")).count() >= 8, "pages perturbed");
            DevSet.Averages a = DevSet.Averages.of(rs);
            assertTrue(a.bodyKept() >= FLOOR_RELATED_BODY, label + ": body kept " + a.bodyKept());
            assertTrue(a.boilerplate() >= FLOOR_RELATED_BOILERPLATE, label + ": boilerplate " + a.boilerplate());
        }
    }

    static final double FLOOR_RELATED_BODY = 1.0, FLOOR_RELATED_BOILERPLATE = 0.98;

    /**
     * Round 4, measured and already held (regression guards, no rule added): "“Q,” according to X." and "X told the
     * Northfield Courier: “Q.”". The one miss left: "according to" followed by a title of more than five words (the
     * reference page's Blinken), one page only, so no rule.
     */
    @Test
    void quotesHoldForOtherAttributionShapes() throws IOException {
        for (var shape : List.<java.util.Map.Entry<String, UnaryOperator<Perturb.Page>>>of(
                java.util.Map.entry("according to X after the quote", Perturb::accordingTo),
                java.util.Map.entry("X told an outlet, then a colon", Perturb::toldOutlet))) {
            List<DevSet.PageResult> rs = score(shape.getValue());
            System.out.println(DevSet.table("tuning pages, " + shape.getKey(), rs));
            assertTrue(rs.stream().filter(r -> r.page().contains("~")).count() >= 2, shape.getKey() + ": pages perturbed");
            assertTrue(DevSet.Averages.of(rs).quotes() >= 0.95, shape.getKey() + ": quotes F1 " + DevSet.Averages.of(rs).quotes());
        }
    }

    /**
     * Round 4: the scraper's date stamp glued in front of the first paragraph of a page without a headline line
     * ("date 2023-05-01 Four press members ..."), a shape the dev set's README names on two pages. The whole line
     * used to be read as a stamp and the body lost its first paragraph.
     */
    @Test
    void aStampGluedToTheFirstParagraphKeepsIt() throws IOException {
        List<DevSet.PageResult> rs = score(Perturb::stampGlued);
        System.out.println(DevSet.table("tuning pages, a date stamp glued to the first paragraph", rs));
        assertTrue(rs.stream().filter(r -> r.page().endsWith("~stamp")).count() >= 4, "pages perturbed");
        rs.forEach(r -> assertTrue(r.bodyKept(), r.page() + ": body not kept"));
        DevSet.Averages a = DevSet.Averages.of(rs);
        assertTrue(a.people() >= 0.96 && a.quotes() >= 0.96, "people " + a.people() + ", quotes " + a.quotes());
    }

    /** The round 4 readings, one sentence each, and where they must not fire. */
    @Test
    void theRoundFourReadingsAndTheirLimits() {
        // French marks with inner spaces: same length, the quotation starts at its first word
        String fr = "Le ministre a dit : « Nous restons prudents. »";
        assertEquals("Le ministre a dit :  “Nous restons prudents.” ", QuoteMarks.normalise(fr));
        assertTrue(QuoteMarks.normalise(fr).contains("“Nous restons prudents.”"), QuoteMarks.normalise(fr));
        assertEquals("„A“ and „B“".length(), QuoteMarks.normalise("„A“ and „B“").length());
        assertEquals("“A” and “B”", QuoteMarks.normalise("„A“ and „B“"));
        assertEquals("“A” then “B”", QuoteMarks.normalise("»A« then »B«"));
        // a breadcrumb after French marks never opens a quotation
        assertEquals("“A” Home » News", QuoteMarks.normalise("«A» Home » News"));
        String page = "Council backs new plan for the harbour front\n\n"
                + "The council voted on Monday to back a new plan for the harbour front after a long debate.\n\n";
        // a related block at the end of the page still ends the body: no prose follows it
        Extraction end = EXTRACTOR.extract(RawPage.ofText(page + "Related stories\n\nHeavy rain expected across the region this weekend\n\n"
                + "Local school wins national science award\n"), KnownNames.empty());
        assertEquals(1, end.body().size(), String.join(" | ", end.body()));
        // teasers with a one-sentence summary each, then the footer: the summary is no story going on, the label ends the body
        Extraction teasers = EXTRACTOR.extract(RawPage.ofText(page + "Related stories\n\nHeavy rain expected across the region this weekend\n\n"
                + "Forecasters told Maria Lopez and her neighbours to expect flooding on Saturday.\n\n"
                + "Local school wins national science award\n\n"
                + "“It is a reward for years of hard work by everyone,” head teacher John Baker said.\n\n"
                + "© 2024 Harbour Gazette Ltd. All rights reserved.\n"), KnownNames.empty());
        assertEquals(List.of("The council voted on Monday to back a new plan for the harbour front after a long debate."), teasers.body());
        assertTrue(teasers.people().isEmpty(), teasers.people().toString());
        assertTrue(teasers.quotes().isEmpty(), teasers.quotes().toString());
        // the same block followed by the story going on (two paragraphs of prose): the body resumes after it
        Extraction goesOn = EXTRACTOR.extract(RawPage.ofText(page + "Related stories\n\nHeavy rain expected across the region this weekend\n\n"
                + "The plan now goes to the regional assembly, which will vote on it in the spring.\n\n"
                + "Opponents said they would keep campaigning against the new towers on the quay.\n"), KnownNames.empty());
        assertEquals(3, goesOn.body().size(), String.join(" | ", goesOn.body()));
        // a stamp glued to a widget label stays one line of chrome
        Extraction widget = EXTRACTOR.extract(RawPage.ofText(" date 2024-06-10 Next matches\n\n" + page), KnownNames.empty());
        assertTrue(widget.body().stream().noneMatch(b -> b.contains("Next matches")), String.join(" | ", widget.body()));
        assertEquals(" date 2024-06-10 Next matches\nx", LineKind.unglueStamp(" date 2024-06-10 Next matches\nx"));
    }

    /** The review's findings on round 4 (docs/ingestion-quality.md, "Review fixes to round 4"). */
    @Test
    void theReviewFindingsOnRoundFour() {
        // a stray guillemet ("Lire aussi »") does not turn the page's French quotes around
        String stray = "Lire aussi » Réforme des retraites\n\nLe ministre a déclaré « nous restons prudents » mardi.";
        assertEquals("Lire aussi » Réforme des retraites\n\nLe ministre a déclaré  “nous restons prudents”  mardi.", QuoteMarks.normalise(stray));
        assertEquals("“A” then “B”\n\nHome « News", QuoteMarks.normalise("»A« then »B«\n\nHome « News"));
        String head = "Council backs new plan for the harbour front\n\n";
        Extraction fr = EXTRACTOR.extract(RawPage.ofText(head + "Lire aussi » Réforme des retraites : le gouvernement recule\n\n"
                + "Le ministre Paul Girard a déclaré « nous restons très prudents sur ce dossier difficile » mardi devant les députés.\n"), KnownNames.empty());
        assertTrue(fr.quotes().stream().anyMatch(q -> q.text().equals("nous restons très prudents sur ce dossier difficile")), fr.quotes().toString());
        // an inch mark left open before a paragraph opening a quotation is no quotation
        Extraction inch = EXTRACTOR.extract(RawPage.ofText(head + "Mark Dawson is 6'2\" tall and played for the national team in 2010.\n\n"
                + "\"We are delighted to have him back in the squad,\" coach Ann Reilly said on Tuesday.\n"), KnownNames.empty());
        assertEquals(List.of("We are delighted to have him back in the squad"), inch.quotes().stream().map(Extraction.QuoteFound::text).toList());
        // marks nested in « » stay as printed in the quote's text, which is found in the body at its offset
        Extraction nested = EXTRACTOR.extract(RawPage.ofText(head + "Le ministre Paul Girard a répondu mardi aux députés de la commission : "
                + "« Je ne dirai pas ‹ jamais ›, mais nous restons prudents sur ce dossier. »\n"), KnownNames.empty());
        String body = String.join("\n\n", nested.body());
        Extraction.QuoteFound q = nested.quotes().stream().filter(x -> x.text().startsWith("Je ne")).findFirst().orElseThrow();
        assertEquals("Je ne dirai pas ‹ jamais ›, mais nous restons prudents sur ce dossier.", q.text());
        assertEquals(body.indexOf(q.text()), q.span().start());
    }

    /** Just under what the rules reach on the perturbed tuning pages (docs/ingestion-quality.md, round 2). */
    /**
     * Round 5, entities by failure class, each on perturbed copies of the tuning pages (see {@link EntityPerturb}):
     * "Arcadia Network and X Institute" is two entities; "the Kenyan province of P" names no place "Kenyan"; "the Oslo
     * Marathon" is no mention of Norway; "from Sen. Tupac Quispe" names no place "Sen"; "the X Institute (on) Monday
     * said" keeps the weekday out of the name; "The U.K. Embassy said" is one entity, not the United Kingdom. Before
     * the round's rules (measured with each rule off) entities fell to 0.72 / 0.84 / 0.82 / 0.82 / 0.82 / 0.82 / 0.81
     * on these copies; with them, 0.87 / 0.86 / 0.86 / 0.86 / 0.87 / 0.87 / 0.87. "said Corvane’s Jane Doe": the owner
     * before a person is an organisation (0.79 -> 0.88; people unchanged at 0.95).
     */
    @Test
    void entityShapesOfRoundFiveHold() throws IOException {
        for (var c : List.<java.util.Map.Entry<String, UnaryOperator<Perturb.Page>>>of(
                java.util.Map.entry("~and", EntityPerturb::pairedWithAnd),
                java.util.Map.entry("~demonym", EntityPerturb::demonymArea),
                java.util.Map.entry("~event", EntityPerturb::capitalInAName),
                java.util.Map.entry("~title", EntityPerturb::titleAfterPreposition),
                java.util.Map.entry("~weekday", p -> EntityPerturb.weekdayAfterName(p, "on Monday")),
                java.util.Map.entry("~weekday", p -> EntityPerturb.weekdayAfterName(p, "Monday")),
                java.util.Map.entry("~embassy", EntityPerturb::dottedEmbassy),
                java.util.Map.entry("~owner", EntityPerturb::ownerBeforePerson))) {
            List<DevSet.PageResult> rs = score(c.getValue());
            System.out.println(DevSet.table("tuning pages, entities " + c.getKey(), rs));
            List<DevSet.PageResult> changed = rs.stream().filter(r -> r.page().endsWith(c.getKey())).toList();
            assertTrue(changed.size() >= 2, c.getKey() + ": pages perturbed " + changed.size());
            for (DevSet.PageResult r : changed) {
                for (String m : r.misses()) {
                    assertFalse(m.matches("extra entity: (.* and .*|.*Monday|Norway|United Kingdom|Sen|\\p{Lu}\\p{L}+(?:an|ian|ese|ish|i))"), r.page() + " " + m);
                }
            }
            assertTrue(DevSet.Averages.of(rs).entities() >= FLOOR_ENTITY_SHAPES, c.getKey() + ": entities F1 " + DevSet.Averages.of(rs).entities());
            assertTrue(DevSet.Averages.of(rs).bodyKept() >= 1.0, c.getKey() + ": body kept " + DevSet.Averages.of(rs).bodyKept());
        }
    }

    static final double FLOOR_ENTITY_SHAPES = 0.85;

    /**
     * Round 6, quotes and their speakers by failure class, each on perturbed copies of the tuning pages (see {@link
     * QuotePerturb}): names with particles and hyphenated given names ("da Silva", "bin Rashid", "al-Masri",
     * "Jean-Baptiste"), "X, who ..., said", "said X, the agency's chief spokesperson", "said X, a spokesperson for the
     * Northfield Water Authority" (the quote stays the person's), "according to" a long title then the name, and
     * other verbs of saying. Figures before and after are in docs/ingestion-quality.md, round 6.
     */
    @Test
    void quoteShapesOfRoundSixHold() throws IOException {
        for (var c : List.<java.util.Map.Entry<String, UnaryOperator<Perturb.Page>>>of(
                java.util.Map.entry("~particles", QuotePerturb::particleNames),
                java.util.Map.entry("~who", QuotePerturb::relativeClause),
                java.util.Map.entry("~role", QuotePerturb::roleAfterName),
                java.util.Map.entry("~org", QuotePerturb::organisationAfterName),
                java.util.Map.entry("~longtitle", QuotePerturb::accordingToLongTitle),
                java.util.Map.entry("~noted", p -> Perturb.rewordSaid(p, "noted")),
                java.util.Map.entry("~insisted", p -> Perturb.rewordSaid(p, "insisted")))) {
            List<DevSet.PageResult> rs = score(c.getValue());
            System.out.println(DevSet.table("tuning pages, quotes " + c.getKey(), rs));
            List<DevSet.PageResult> changed = rs.stream().filter(r -> r.page().endsWith(c.getKey())).toList();
            if (Boolean.getBoolean("lede.eval.misses")) changed.forEach(r -> System.out.println(r.page() + "\n    - " + String.join("\n    - ", r.misses())));
            // "said X." closing a sentence outside the labeled last lines is rare on the tuning pages: the role and
            // organisation shapes are guards on the copies they reach, the rule-backing classes reach two or more
            assertTrue(changed.size() >= (c.getKey().equals("~role") || c.getKey().equals("~org") || c.getKey().equals("~longtitle") ? 1 : 2), c.getKey() + ": pages perturbed " + changed.size());
            for (DevSet.PageResult r : changed) {
                for (String m : r.misses()) assertFalse(m.matches("quote wrong or extra: .* <- (?:Northfield Water Authority|agency)"), r.page() + " " + m);
            }
            DevSet.Averages a = DevSet.Averages.of(rs);
            assertTrue(a.quotes() >= FLOOR_QUOTE_SHAPES, c.getKey() + ": quotes F1 " + a.quotes());
            assertTrue(a.people() >= FLOOR_QUOTE_SHAPES_PEOPLE, c.getKey() + ": people F1 " + a.people());
        }
    }

    static final double FLOOR_QUOTE_SHAPES = 0.94, FLOOR_QUOTE_SHAPES_PEOPLE = 0.96;

    /**
     * Round 7, long and short official names of one body (see {@link AliasPerturb}): a labeled organisation named in
     * full, then by its initials without a definition (plain and dotted); a ministry named "the Ministry of X Affairs"
     * and "the X Ministry"; a party named "the X Party", "X" and "the party"; and the guard, one ministry of two
     * countries and then the short form alone. Counts the bodies stored as two entities and the entities that link
     * two bodies, on every copy against its original page; figures on and off in docs/ingestion-quality.md, round 7.
     */
    @Test
    void longAndShortFormsOfRoundSevenAreOneEntity() throws IOException {
        List<String> failures = new ArrayList<>();
        for (var c : List.<java.util.Map.Entry<String, UnaryOperator<Perturb.Page>>>of(
                java.util.Map.entry("~initials", p -> AliasPerturb.initialsLater(p, false)),
                java.util.Map.entry("~dotted", p -> AliasPerturb.initialsLater(p, true)),
                java.util.Map.entry("~acronym", Perturb::acronyms),
                java.util.Map.entry("~ministry", AliasPerturb::ministryBothWays),
                java.util.Map.entry("~party", AliasPerturb::partyBareName),
                java.util.Map.entry("~two", AliasPerturb::twoMinistries))) {
            failures.addAll(aliasFailures(c.getKey(), c.getValue(), c.getKey().equals("~two")));
        }
        failures.removeIf(java.util.Objects::isNull);
        assertEquals(List.of(), failures);
    }

    static final double FLOOR_ALIASES = 0.85;

    /**
     * What a copy of round 7's or 8's alias classes breaks against its original page: a body stored twice or two bodies
     * linked more often than on the original, short forms linked on fewer than two pages (not asked of a guard), or
     * entities F1 below the floor. Prints the counts and the table.
     */
    static List<String> aliasFailures(String key, UnaryOperator<Perturb.Page> f, boolean guard) throws IOException {
        List<String> failures = new ArrayList<>();
        int changed = 0, twiceBefore = 0, twiceAfter = 0, togetherBefore = 0, togetherAfter = 0, formsBefore = 0, formsAfter = 0;
        for (String id : DevSet.split().tuning()) {
            Perturb.Page original = new Perturb.Page(id, DevSet.text(id), DevSet.truth(id));
            Perturb.Page p = f.apply(original);
            if (!p.id().endsWith(key)) continue;
            changed++;
            Extraction o = EXTRACTOR.extract(RawPage.ofText(original.text()), KnownNames.empty());
            Extraction x = EXTRACTOR.extract(RawPage.ofText(p.text()), KnownNames.empty());
            twiceBefore += AliasPerturb.storedTwice(o, original.truth());
            togetherBefore += AliasPerturb.linkedTogether(o, original.truth());
            twiceAfter += AliasPerturb.storedTwice(x, p.truth());
            togetherAfter += AliasPerturb.linkedTogether(x, p.truth());
            formsBefore += AliasPerturb.formsLinked(o, original.truth());
            formsAfter += AliasPerturb.formsLinked(x, p.truth());
        }
        List<DevSet.PageResult> rs = score(f);
        System.out.println(DevSet.table("tuning pages, entities " + key, rs));
        System.out.printf("%s: %d pages changed; bodies stored twice %d (originals %d); entities linking two bodies %d (originals %d);"
                + " short forms linked as aliases %d (originals %d)%n", key, changed, twiceAfter, twiceBefore, togetherAfter,
                togetherBefore, formsAfter, formsBefore);
        if (Boolean.getBoolean("lede.eval.misses")) rs.stream().filter(r -> r.page().endsWith(key))
                .forEach(r -> System.out.println(r.page() + "\n    - " + String.join("\n    - ", r.misses())));
        assertTrue(changed >= 2, key + ": pages perturbed " + changed);
        failures.add(twiceAfter == twiceBefore ? null : key + ": bodies stored twice " + twiceAfter);
        failures.add(togetherAfter == togetherBefore ? null : key + ": entities linking two bodies " + togetherAfter);
        // every copy but the guard links short forms on two pages or more ("WH spokesperson" is the person's title, not
        // the White House: an acronym before a title is left out on purpose)
        failures.add(guard || formsAfter - formsBefore >= 2 ? null : key + ": short forms linked " + (formsAfter - formsBefore));
        failures.add(DevSet.Averages.of(rs).entities() >= FLOOR_ALIASES ? null : key + ": entities F1 " + DevSet.Averages.of(rs).entities());
        return failures;
    }

    /**
     * Round 8 (see docs/ingestion-quality.md): a demonym before a body's short form ("the German Harbour Ministry" after
     * "the Ministry of Harbour Affairs of Germany") is that body, another country's demonym is another body; a quote
     * goes to the person named after "according to" and a long title, and to the person with a long title whose
     * relative clause stands between the name and "said"; a hyphenated given name needs no anchor ("Seung-hoon Yoo
     * was selected"). Each quote copy must keep every quote its original page gets right, on two pages or more.
     */
    @Test
    void demonymsAndTitledSpeakersOfRoundEight() throws IOException {
        List<String> failures = new ArrayList<>();
        failures.addAll(aliasFailures("~demonym", AliasPerturb::demonymShortForm, false));
        failures.addAll(aliasFailures("~otherdemonym", AliasPerturb::otherDemonym, true));
        java.util.Map<String, DevSet.PageResult> originals = new java.util.HashMap<>();
        score(UnaryOperator.identity()).forEach(r -> originals.put(r.page(), r));
        for (var c : List.<java.util.Map.Entry<String, UnaryOperator<Perturb.Page>>>of(
                java.util.Map.entry("~accordingtitle", QuotePerturb::accordingToTitle),
                java.util.Map.entry("~titledwho", QuotePerturb::titledRelativeClause))) {
            List<DevSet.PageResult> rs = score(c.getValue());
            System.out.println(DevSet.table("tuning pages, quotes " + c.getKey(), rs));
            List<DevSet.PageResult> changed = rs.stream().filter(r -> r.page().endsWith(c.getKey())).toList();
            failures.add(changed.size() >= 2 ? null : c.getKey() + ": pages perturbed " + changed.size());
            for (DevSet.PageResult r : changed) {
                DevSet.PageResult o = originals.get(r.page().substring(0, r.page().length() - c.getKey().length()));
                failures.add(r.quotes() >= o.quotes() ? null : r.page() + ": quotes " + r.quotes() + " < " + o.quotes() + " " + r.misses());
                failures.add(r.people() >= o.people() ? null : r.page() + ": people " + r.people() + " < " + o.people() + " " + r.misses());
            }
        }
        // hyphenated given names with no anchor beside them ("Seung-hoon Yoo was selected"): people 0.97 -> 0.99
        List<DevSet.PageResult> hyphen = score(QuotePerturb::hyphenatedNames);
        System.out.println(DevSet.table("tuning pages, people ~hyphen", hyphen));
        failures.add(DevSet.Averages.of(hyphen).people() >= FLOOR_HYPHENATED_PEOPLE ? null : "~hyphen: people F1 " + DevSet.Averages.of(hyphen).people());
        for (DevSet.PageResult r : hyphen) {
            DevSet.PageResult o = originals.get(r.page().replace("~hyphen", ""));
            failures.add(r.people() >= o.people() ? null : r.page() + ": people " + r.people() + " < " + o.people() + " " + r.misses());
        }
        failures.removeIf(java.util.Objects::isNull);
        assertEquals(List.of(), failures);
    }

    static final double FLOOR_HYPHENATED_PEOPLE = 0.98;

    static final double FLOOR_SHAPED_QUOTES = 0.89;
    static final double FLOOR_RENAMED_PEOPLE = 0.93, FLOOR_RENAMED_QUOTES = 0.89, FLOOR_REWORDED_QUOTES = 0.89, FLOOR_REWORDED_PEOPLE = 0.95;
}
