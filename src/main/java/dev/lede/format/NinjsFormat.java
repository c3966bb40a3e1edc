package dev.lede.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.article.ArticleFormat;
import dev.lede.article.ArticleRefs.BylineRef;
import dev.lede.article.ArticleRefs.EntityMentionRef;
import dev.lede.article.ArticleRemoval;
import dev.lede.article.ArticleStatus;
import dev.lede.article.ArticleView;
import dev.lede.format.Ninjs.AltId;
import dev.lede.format.Ninjs.Party;
import dev.lede.format.Ninjs.Rendition;
import dev.lede.format.Ninjs.Text;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.web.AlternateFormats;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Articles as IPTC ninjs 2.2. A list is the API's list envelope ({@code data}, {@code meta}, {@code links}) with ninjs
 * items: ninjs defines no list of its own, and the envelope keeps paging the same in every format.
 */
@ApplicationScoped
public class NinjsFormat implements ArticleFormat {
    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json";
    private static final Ninjs.Standard STANDARD = new Ninjs.Standard("ninjs", "2.2", SCHEMA);
    private final ObjectMapper mapper;

    public NinjsFormat(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String mediaType() {
        return AlternateFormats.NINJS;
    }

    @Override
    public String name() {
        return "ninjs";
    }

    @Override
    public boolean lists() {
        return true;
    }

    @Override
    public Page<Ninjs> page(Page<ArticleView> page) {
        return new Page<>(page.data().stream().map(this::one).toList(), page.meta(), page.links());
    }

    @Override
    public Ninjs one(ArticleView a) {
        Extras extras = Extras.of(mapper, a);
        return new Ninjs(Uris.article(a.id()), "text", "full", Long.toString(a.version()), a.createdAt(), a.updatedAt(),
                extras.embargoUntil(), pubstatus(a.status().name()), ednote(a), a.language(), descriptions(a, extras),
                NinjsParts.bodies(a), List.of(new Text("main", a.headline())), NinjsParts.people(a),
                entities(a, EntityKinds::isOrganisation), entities(a, EntityKinds::isPlace), NinjsParts.subjects(a),
                NinjsParts.infosources(a), by(a), a.slug(), renditions(a), altids(a), STANDARD);
    }

    /**
     * A killed or taken-down article for a reader without a key: a partial item that says "canceled" (remove every copy)
     * with the notice as its editorial note, and nothing of the story itself, which must not be shown again.
     */
    @Override
    public Ninjs removed(ArticleRemoval removal) {
        String notice = (removal.status() == ArticleStatus.killed ? "Killed: " : "Taken down for legal reasons: ")
                + removal.reason();
        return new Ninjs(Uris.article(removal.id()), "text", "partial", Long.toString(removal.version()),
                removal.createdAt(), removal.removedAt(), null, pubstatus(removal.status().name()), notice, null, null,
                null, null, null, null, null, null, null, null, null, null, null, STANDARD);
    }

    /**
     * ninjs's status by the article status's name: published and embargoed content is usable (an embargoed item says
     * until when in {@code embargoed}); killed and taken down content is canceled (a consumer must remove it); a draft
     * or withdrawn article, which only a key holder reads, is withheld. An unknown status is withheld, never usable.
     */
    static String pubstatus(String status) {
        return switch (status) {
            case "published", "embargoed" -> "usable";
            case "killed", "taken_down" -> "canceled";
            default -> "withheld";
        };
    }

    private static String ednote(ArticleView a) {
        return a.withdrawalReason() == null ? null : "Withdrawn: " + a.withdrawalReason();
    }

    /** The standfirst, then each correction notice with its type as the role. */
    private static List<Text> descriptions(ArticleView a, Extras extras) {
        List<Text> descriptions = new ArrayList<>();
        if (a.standfirst() != null) {
            descriptions.add(new Text("summary", a.standfirst()));
        }
        extras.corrections().forEach(c -> descriptions.add(new Text(c.type(), c.text())));
        return descriptions;
    }

    private static List<Party> entities(ArticleView a, Predicate<dev.lede.entity.EntityKind> kind) {
        if (a.entities() == null) {
            return List.of();
        }
        return a.entities().stream().filter(e -> kind.test(e.kind()))
                .map((EntityMentionRef e) -> new Party(e.name(), "mentioned", Uris.entity(e.id()), e.slug())).toList();
    }

    /** The authors' names as a sentence; the others in the byline (editors, translators...) are in people. */
    private static String by(ArticleView a) {
        if (a.bylines() == null) {
            return null;
        }
        return Uris.names(a.bylines().stream().filter(b -> b.role() == dev.lede.article.BylineRole.author)
                .map(BylineRef::name).toList());
    }

    private static List<Rendition> renditions(ArticleView a) {
        return a.image() == null ? List.of() : List.of(new Rendition("lead-image", a.image().url(), a.image().caption()));
    }

    private static List<AltId> altids(ArticleView a) {
        List<AltId> ids = new ArrayList<>(List.of(new AltId("lede-id", a.id())));
        if (a.canonicalUrl() != null) {
            ids.add(new AltId("canonical-url", a.canonicalUrl()));
        }
        return ids;
    }
}
