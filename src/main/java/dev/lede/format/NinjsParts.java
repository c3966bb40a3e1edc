package dev.lede.format;

import dev.lede.article.ArticleView;
import dev.lede.entity.EntityKind;
import dev.lede.format.Ninjs.Body;
import dev.lede.format.Ninjs.Party;
import dev.lede.format.Ninjs.Source;
import java.util.ArrayList;
import java.util.List;

/** The list members of a ninjs item that take more than a line: body, people, subjects, info sources. */
final class NinjsParts {
    private NinjsParts() {
    }

    /** The paragraphs as HTML, escaped: the body is plain text, and a consumer inserts ninjs HTML as it is. */
    static List<Body> bodies(ArticleView a) {
        if (a.body() == null || a.body().isEmpty()) {
            return List.of();
        }
        StringBuilder html = new StringBuilder();
        int chars = 0;
        for (String paragraph : a.body()) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
            chars += paragraph.codePointCount(0, paragraph.length());
        }
        return List.of(new Body("main", "text/html", chars, a.wordCount(), html.toString()));
    }

    /** The byline (rel: what they did) and then the people named (rel: mentioned). */
    static List<Party> people(ArticleView a) {
        List<Party> people = new ArrayList<>();
        if (a.bylines() != null) {
            a.bylines().forEach(b -> people.add(new Party(b.name(), b.role().name(), Uris.person(b.id()), b.slug())));
        }
        if (a.people() != null) {
            a.people().forEach(p -> people.add(new Party(p.name(), "mentioned", Uris.person(p.id()), p.slug())));
        }
        return people;
    }

    /** The section, the tags, and the entities that are neither places nor organisations. */
    static List<Party> subjects(ArticleView a) {
        List<Party> subjects = new ArrayList<>();
        if (a.section() != null) {
            subjects.add(new Party(a.section(), "section", null, "section:" + a.section()));
        }
        if (a.tags() != null) {
            a.tags().forEach(tag -> subjects.add(new Party(tag, "tag", null, "tag:" + tag)));
        }
        if (a.entities() != null) {
            a.entities().stream().filter(e -> e.kind() == EntityKind.other)
                    .forEach(e -> subjects.add(new Party(e.name(), "mentioned", Uris.entity(e.id()), e.slug())));
        }
        return subjects;
    }

    /** The publisher, then every credited source with why it is credited (wire, partner, photo...). */
    static List<Source> infosources(ArticleView a) {
        List<Source> sources = new ArrayList<>();
        if (a.publisher() != null) {
            sources.add(new Source(a.publisher().name(), "publisher", Uris.source(a.publisher().id()), a.publisher().slug()));
        }
        if (a.credits() != null) {
            a.credits().forEach(c -> sources.add(new Source(c.name(), c.role().name(), Uris.source(c.id()), c.slug())));
        }
        return sources;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
