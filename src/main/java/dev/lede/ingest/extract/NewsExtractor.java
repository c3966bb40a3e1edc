package dev.lede.ingest.extract;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The extractor: layout (headline, dek, caption, body, removed lines), dates, sources, entities, people and
 * quotes, each from its own small class. Pure and thread-safe; the gazetteer is rebuilt only when the caller
 * passes a different catalog instance, so a 100,000-name catalog costs its build once, not per page.
 */
@ApplicationScoped
public class NewsExtractor implements Extractor {

    private final PageLayout layout = new PageLayout();
    private final HtmlReader html = new HtmlReader();
    private final DateFinder dates = new DateFinder();
    private final SourceFinder sources = new SourceFinder();
    private final EntityFinder entities = new EntityFinder();
    private final PlaceFinder placeFinder = new PlaceFinder();
    private final PeopleFinder people = new PeopleFinder();
    private final QuoteFinder quotes = new QuoteFinder();

    private record CachedGazetteer(KnownNames known, Gazetteer gazetteer) {
    }

    private volatile CachedGazetteer cache;

    /**
     * "NEW DELHI (PTI):", "MUMBAI:": a dateline in capitals closed by a colon (the house style of South Asian papers);
     * never a label ("UPDATE:", "WATCH:"). Read only here, to keep the place and the agency out of the story's names;
     * the layout's own dateline rule, with its dash, decides where the body starts.
     */
    private static final java.util.regex.Pattern COLON_DATELINE = java.util.regex.Pattern.compile(
            "^(?!(?:BREAKING|UPDATE|UPDATED|WATCH|READ|LISTEN|EXCLUSIVE|ANALYSIS|OPINION|PHOTOS?|VIDEO|LIVE|NOTE|EDITOR)\\b)"
                    + "(\\p{Lu}[\\p{Lu} .'’-]{2,40}?\\s*(?:\\(([^)]{2,40})\\)|/([^/]{2,30})/)?):\\s");

    public NewsExtractor() {
        PageLanguage.warmUp();
    }

    /** The gazetteer for {@code known}, built once per catalog instance. */
    public Gazetteer gazetteer(KnownNames known) {
        CachedGazetteer c = cache;
        if (c != null && c.known() == known) return c.gazetteer();
        Gazetteer g = new Gazetteer(known);
        cache = new CachedGazetteer(known, g);
        return g;
    }

    @Override
    public Extraction extract(RawPage page, KnownNames known) {
        if (known == null) known = KnownNames.empty();
        List<String> warnings = new ArrayList<>();
        HtmlReader.HtmlPage meta = null;
        String text;
        if (page.html() != null && !page.html().isBlank()) {
            meta = html.read(page.html());
            text = meta.text();
        } else {
            text = page.text();
        }
        if (text == null || text.isBlank()) throw new NoArticleException("the page is empty", List.of());
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        text = LineKind.unglueStamp(text);

        List<Text.Line> lines = Text.lines(text);
        PageLayout.Layout lay = layout.split(lines, meta != null ? meta.headline() : null);
        warnings.addAll(lay.warnings());

        List<String> body = lay.body().stream().map(Text.Line::text).toList();
        if (body.isEmpty()) throw new NoArticleException("no body paragraphs", List.of()); // the layout's every path should say so first
        boolean worded = lay.headline() == null && (meta == null || meta.headline() == null);
        Extraction.Located<String> headline = lay.headline() != null ? located(lay.headline(), 0.9)
                : worded ? new Extraction.Located<>(Headlines.fromFirstSentence(body.get(0)), null, 0.3)
                : new Extraction.Located<>(meta.headline(), null, 0.85);
        Extraction.Located<String> standfirst = lay.standfirst() != null ? located(lay.standfirst(), 0.75)
                : meta != null && meta.description() != null ? new Extraction.Located<>(meta.description(), null, 0.5) : null;
        Extraction.Located<String> caption = lay.caption() != null ? located(lay.caption(), 0.7) : null;
        List<String> removed = lay.removed().stream().map(Text.Line::text).toList();

        // the dateline opens the first paragraph: "BERLIN (Reuters) -"
        String dateline = null;
        String datelineAgency = null;
        Matcher dl = PageLayout.DATELINE.matcher(body.get(0));
        if (!dl.find()) dl = COLON_DATELINE.matcher(body.get(0));
        else dl.reset();
        if (dl.find() && Text.wordCount(dl.group(1)) <= 9) {
            dateline = dl.group(1).strip();
            datelineAgency = dl.group(2) != null ? dl.group(2) : dl.group(3);
        }

        String bodyText = String.join("\n\n", body);
        StringBuilder full = new StringBuilder();
        // a headline worded from the first sentence is not read again: its names and quotes are the body's
        if (!worded) full.append(headline.value()).append("\n\n");
        if (standfirst != null && lay.standfirst() != null) full.append(standfirst.value()).append("\n\n");
        int bodyBase = full.length();
        full.append(bodyText);
        // quotation marks of other conventions (« », „ “, ‹ ›) read as curly ones; same length, so offsets hold
        String analysed = QuoteMarks.normalise(full.toString());
        int skipTo = dateline == null ? bodyBase : bodyBase + dl.end();

        Gazetteer gaz = gazetteer(known);
        List<Mention> ents = entities.find(analysed, gaz, bodyBase, skipTo);
        AcronymOrganisations.definedOnThePage(ents, analysed);
        List<Mention> teams = Teams.find(analysed, ents, bodyBase, skipTo);
        Teams.giveWay(ents, teams);
        ents.addAll(teams);
        ents.addAll(NamedByKind.find(analysed, ents, bodyBase, skipTo));
        ents.addAll(AcronymOrganisations.find(analysed, ents, bodyBase, skipTo));
        ents.addAll(PlaceFinder.compassRegions(analysed, ents, bodyBase, skipTo));
        // "(With inputs from PTI.)" at the end of a paragraph credits the wire; it is not a subject of the story
        java.util.regex.Matcher credit = SourceFinder.INLINE_CREDIT.matcher(analysed);
        while (credit.find()) {
            final int cs = credit.start(), ce = credit.end();
            ents.removeIf(m -> m.start() >= cs && m.end() <= ce);
        }
        List<PeopleFinder.Person> persons = people.find(analysed, ents, gaz,
                caption == null ? List.of() : List.of(caption.value()));
        List<Mention> taken = new ArrayList<>(ents);
        persons.forEach(p -> taken.addAll(p.mentions));
        // "Apple’s Steve Jobs", "Tesla’s Model 3": an owner named before a person or a model is an organisation
        List<Mention> owners = PossessiveOwners.find(analysed, taken, persons, bodyBase, skipTo);
        ents.addAll(owners);
        taken.addAll(owners);
        // every form of a person is taken, so "to Nebenzia" is never read as a place
        List<Mention> places = placeFinder.find(analysed, taken, bodyBase, skipTo).stream()
                .filter(pl -> persons.stream().noneMatch(p -> p.forms.contains(pl.surface()))).toList();
        ents.addAll(places);
        // "the Ministry of Foreign Affairs" ... "the Foreign Ministry", "the DPP": short forms take the long name
        List<Mention> personMentions = new ArrayList<>();
        persons.forEach(p -> personMentions.addAll(p.mentions));
        ents = EntityAliases.link(analysed, ents, personMentions, gaz, bodyBase, skipTo);
        List<Mention> all = new ArrayList<>(ents);
        persons.forEach(p -> all.addAll(p.mentions));
        all.sort(Comparator.comparingInt(Mention::start));

        DateFinder.Found date = dates.find(page, meta != null ? meta.published() : null, lines, dateline, bodyText, warnings);
        SourceFinder.Sources src = sources.find(page, lay, dateline, datelineAgency,
                meta != null ? meta.publisher() : null, meta != null ? meta.authors() : List.of(), known, gaz, warnings);

        List<Extraction.PersonFound> personsOut = new ArrayList<>();
        for (PeopleFinder.Person p : persons) {
            Integer first = p.mentions.stream().filter(m -> m.start() >= bodyBase).map(m -> m.start() - bodyBase).findFirst().orElse(null);
            if (p.knownId == null) {
                KnownNames.Known k = gaz.knownPerson(p.name);
                if (k != null) p.knownId = k.id();
            }
            personsOut.add(new Extraction.PersonFound(p.name, p.role, List.copyOf(p.forms), p.mentions.size(), first,
                    p.knownId, round(p.confidence)));
            if (p.role == null) warnings.add("no role stated for " + p.name);
        }
        List<Extraction.EntityFound> entitiesOut = entities(ents, gaz, known, bodyBase);

        List<Extraction.QuoteFound> quotesOut = new ArrayList<>();
        for (QuoteFinder.Quote q : quotes.find(analysed, full.toString(), all)) {
            Extraction.Span span = q.start() >= bodyBase ? new Extraction.Span(q.start() - bodyBase, q.end() - bodyBase) : null;
            Mention s = q.speaker();
            quotesOut.add(new Extraction.QuoteFound(q.text(), s == null ? null : s.name(),
                    s == null ? null : s.person() ? "person" : "entity", q.fragment(), span, round(q.confidence())));
            if (s == null) warnings.add("no speaker found for the quote \"" + abbreviate(q.text()) + "\"");
            else if (q.confidence() < 0.6) warnings.add("speaker of \"" + abbreviate(q.text()) + "\" guessed as " + s.name());
        }
        List<String> outside = new ArrayList<>(removed);
        if (caption != null) outside.add(caption.value());
        PageLanguage.Guess lang = PageLanguage.guess(body, outside);
        String language = page.languageHint() != null ? page.languageHint() : lang.language() != null ? lang.language() : "en";
        if (lang.translatedFrom() != null) {
            warnings.add("likely a machine translation from " + lang.translatedFrom() + " (confidence " + lang.confidence() + "): " + lang.evidence());
        }
        return new Extraction(headline, standfirst, body, caption, removed, date.date(), dateline, language, lang.translatedFrom(),
                src.publisher(), src.credits(), src.bylines(), personsOut, entitiesOut, quotesOut, warnings, lang.confidence());
    }

    private static List<Extraction.EntityFound> entities(List<Mention> ents, Gazetteer gaz, KnownNames known, int bodyBase) {
        // "Chipmaker Arden Semiconductor" (a title-cased headline) is "Arden Semiconductor" named elsewhere
        List<Mention> merged = new ArrayList<>();
        for (Mention m : ents) {
            Mention into = null;
            final String longName = m.name();
            boolean onlyInHeadline = ents.stream().filter(x -> x.name().equals(longName)).allMatch(x -> x.start() < bodyBase);
            if (!onlyInHeadline) {
                merged.add(m);
                continue;
            }
            for (Mention o : ents) {
                if (o != m && o.kind().equals(m.kind()) && m.name().length() > o.name().length() && m.name().endsWith(" " + o.name())) into = o;
            }
            merged.add(into == null ? m : new Mention(m.start(), m.end(), m.surface(), into.name(), m.kind(), false));
        }
        ents = merged;
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        ents.stream().sorted(Comparator.comparingInt(Mention::start))
                .forEach(m -> byKey.computeIfAbsent(m.name() + "\u0000" + m.kind(), k -> new ArrayList<>()).add(m));
        List<Extraction.EntityFound> out = new ArrayList<>();
        for (List<Mention> ms : byKey.values()) {
            Mention m0 = ms.get(0);
            LinkedHashSet<String> forms = new LinkedHashSet<>();
            ms.forEach(m -> forms.add(m.surface()));
            Gazetteer.Entry g = gaz.byName(m0.name());
            String id = g != null && g.kind().equals(m0.kind()) ? g.knownId() : null;
            if (id == null) {
                KnownNames.Known k = gaz.knownEntity(m0.name());
                if (k != null) id = k.id();
            }
            Integer first = ms.stream().filter(m -> m.start() >= bodyBase).map(m -> m.start() - bodyBase).findFirst().orElse(null);
            double c = g != null ? 0.9 : "place".equals(m0.kind()) ? 0.55 : 0.7;
            out.add(new Extraction.EntityFound(m0.name(), m0.kind(), List.copyOf(forms), ms.size(), first, id, c));
        }
        return out;
    }

    private static Extraction.Located<String> located(Text.Line l, double c) {
        return new Extraction.Located<>(l.text(), new Extraction.Span(l.offset(), l.offset() + l.text().length()), c);
    }

    private static double round(double d) {
        return Math.round(Math.max(0, Math.min(1, d)) * 100) / 100.0;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
