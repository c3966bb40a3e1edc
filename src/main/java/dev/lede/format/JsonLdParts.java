package dev.lede.format;

import static dev.lede.format.JsonLdFormat.put;

import dev.lede.article.ArticleRefs.Image;
import dev.lede.article.ArticleView;
import dev.lede.article.BylineRole;
import dev.lede.article.CreditRole;
import dev.lede.source.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The nodes of a NewsArticle that take more than a line: people, organisations, images, sources, corrections. */
final class JsonLdParts {
    private JsonLdParts() {
    }

    static Map<String, Object> image(Image image) {
        if (image == null) {
            return null;
        }
        Map<String, Object> node = node("ImageObject", null, null);
        node.put("url", image.url());
        put(node, "caption", image.caption());
        put(node, "creditText", image.credit());
        return node;
    }

    /** The people of the byline with this role, as Persons. */
    static List<Map<String, Object>> byline(ArticleView a, BylineRole role) {
        if (a.bylines() == null) {
            return null;
        }
        return a.bylines().stream().filter(b -> b.role() == role)
                .map(b -> node("Person", Uris.person(b.id()), b.name())).toList();
    }

    /** Contributors, photographers and other roles of the byline that schema.org has no member for. */
    static List<Map<String, Object>> contributors(ArticleView a) {
        if (a.bylines() == null) {
            return null;
        }
        return a.bylines().stream()
                .filter(b -> b.role() != BylineRole.author && b.role() != BylineRole.editor && b.role() != BylineRole.translator)
                .map(b -> node("Person", Uris.person(b.id()), b.name())).toList();
    }

    static Map<String, Object> organization(SourceRef source) {
        return source == null ? null : node("Organization", Uris.source(source.id()), source.name());
    }

    /**
     * Who and what the article is about (named in its headline or standfirst) and what it only mentions (named in the
     * body): people as Persons, entities with the schema.org type of their kind.
     */
    static void aboutAndMentions(ArticleView a, Map<String, Object> ld) {
        String lead = ((a.headline() == null ? "" : a.headline()) + " " + (a.standfirst() == null ? "" : a.standfirst()))
                .toLowerCase(Locale.ROOT);
        List<Map<String, Object>> about = new ArrayList<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        if (a.people() != null) {
            a.people().forEach(p -> (named(lead, p.name()) ? about : mentions).add(node("Person", Uris.person(p.id()), p.name())));
        }
        if (a.entities() != null) {
            a.entities().forEach(e -> (named(lead, e.name()) ? about : mentions)
                    .add(node(EntityKinds.schemaOrgType(e.kind()), Uris.entity(e.id()), e.name())));
        }
        put(ld, "about", about);
        put(ld, "mentions", mentions);
    }

    private static boolean named(String lead, String name) {
        return name != null && lead.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The copy of the wire agencies, partners and syndicators credited, as works their organisation published. */
    static List<Map<String, Object>> basedOn(ArticleView a) {
        List<Map<String, Object>> works = new ArrayList<>();
        if (a.credits() != null) {
            a.credits().stream().filter(c -> c.role() != CreditRole.photo).forEach(c -> {
                Map<String, Object> work = node("CreativeWork", null, null);
                work.put("publisher", node("Organization", Uris.source(c.id()), c.name()));
                works.add(work);
            });
        }
        return works;
    }

    static List<Map<String, Object>> corrections(Extras extras) {
        return extras.corrections().stream().map(c -> {
            // Its type (correction, clarification, retraction) as the notice's name: schema.org has no member for it.
            String name = c.type().isEmpty() ? null : Character.toUpperCase(c.type().charAt(0)) + c.type().substring(1);
            Map<String, Object> node = node("CorrectionComment", null, name);
            node.put("text", c.text());
            put(node, "datePublished", c.at());
            return node;
        }).toList();
    }

    private static Map<String, Object> node(String type, String id, String name) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        put(node, "@id", id);
        put(node, "name", name);
        return node;
    }
}
