package dev.lede.person;

import dev.lede.entity.EntityService;
import dev.lede.entity.NamedEntity;
import dev.lede.platform.changelog.ResourceType;
import dev.lede.platform.failure.Failure;
import dev.lede.platform.failure.FieldError;
import dev.lede.platform.persistence.CatalogQuery;
import dev.lede.platform.persistence.ExpectedVersion;
import dev.lede.platform.persistence.ListQuery;
import dev.lede.platform.persistence.Page;
import dev.lede.platform.persistence.PageRequest;
import dev.lede.platform.persistence.ReadOnly;
import dev.lede.platform.persistence.SortKey;
import dev.lede.platform.persistence.Times;
import dev.lede.platform.resource.ExportPages;
import dev.lede.platform.resource.Exported;
import dev.lede.platform.resource.ResourceWrites;
import dev.lede.platform.resource.StoredState;
import dev.lede.platform.slug.Lookup;
import dev.lede.platform.slug.SlugRedirect;
import dev.lede.platform.slug.Slugger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * People: the one place that reads and writes them. Reads run in a transaction too, because people are
 * mapped to DTOs before it ends (the session is not request-scoped, so nothing loads lazily afterwards).
 */
@ApplicationScoped
@Transactional
public class PersonService {
    static final Map<String, SortKey> SORTS = new HashMap<>();

    static {
        SORTS.putAll(SortKey.both("name", "p.name", false));
        SORTS.putAll(SortKey.both("updatedAt", "p.updatedAt", true));
    }

    private final EntityManager em;
    private final ResourceWrites writes;
    private final Slugger slugger;
    private final EntityService entities;

    public PersonService(EntityManager em, ResourceWrites writes, Slugger slugger, EntityService entities) {
        this.em = em;
        this.writes = writes;
        this.slugger = slugger;
        this.entities = entities;
    }

    @ReadOnly
    public Page<PersonView> list(CatalogQuery query, Function<String, Page.Links> links) {
        PageRequest page = query.page();
        SortKey sort = query.sort();
        ListQuery<Person> list = new ListQuery<>(Person.class, "p");
        if (query.hasPrefix()) {
            list.and("(lower(p.name) like :q escape '\\' or exists (select 1 from Person x join x.aliases al"
                    + " where x.id = p.id and lower(al) like :q escape '\\'))", "q", ListQuery.prefixPattern(query.prefix()));
        }
        ListQuery.Slice<Person> slice = list.page(em, sort, page,
                p -> sort.instant() ? p.updatedAt : p.name, p -> p.id);
        Person.fetchDetails(slice.items());
        return slice.map(PersonView::of, page.limit(), links.apply(slice.nextCursor()));
    }

    @ReadOnly
    public PersonView get(String key) {
        return PersonView.of(resolve(key));
    }

    /** The person's id, resolving slugs and old slugs (for relation views such as their articles or quotes). */
    public String idOf(String key) {
        return resolve(key).id;
    }

    public PersonView create(PersonInput input) {
        return PersonView.of(writes.create(new Person(), person -> apply(person, input)));
    }

    /** Creates a person as an export carried them: their id, timestamps, version and old slugs are kept. */
    public void restore(PersonInput input, StoredState state) {
        writes.restore(new Person(), state, person -> apply(person, input), slug -> Person.slugTaken(slug, state.id()));
    }

    /** The people after {@code afterId} in id order, as an export carries them. */
    public List<Exported<PersonInput>> exportPage(String afterId, int limit) {
        List<Person> page = ExportPages.after(em, Person.class, afterId, limit);
        Person.fetchDetails(page);
        Map<String, List<String>> oldSlugs = SlugRedirect.oldSlugsOf(ResourceType.person, page.stream().map(p -> p.id).toList());
        return page.stream().map(p -> new Exported<>(PersonInput.of(p), StoredState.of(p, oldSlugs.get(p.id)))).toList();
    }

    public PersonView replace(String key, ExpectedVersion expected, PersonInput input) {
        return PersonView.of(writes.replace(() -> resolve(key), expected, person -> apply(person, input)));
    }

    /** A merge patch: the caller's change to the current write model (validated like a PUT body), in one transaction. */
    public PersonView patch(String key, ExpectedVersion expected, UnaryOperator<PersonInput> change) {
        return PersonView.of(writes.patch(() -> resolve(key), expected, PersonInput::of, change, this::apply));
    }

    public void delete(String key, ExpectedVersion expected, boolean force) {
        writes.delete(() -> resolve(key), expected, force);
    }

    private void apply(Person person, PersonInput input) {
        List<Affiliation> affiliations = affiliationsOf(input.affiliations()); // first: a refusal leaves nothing dirty
        String requested = input.slug() != null ? input.slug() : person.slug; // a PUT without slug keeps the URL
        person.slug = slugger.choose(ResourceType.person, requested, input.name(), person.id,
                slug -> Person.slugTaken(slug, person.id));
        person.name = input.name().trim();
        person.description = input.description() == null || input.description().isBlank()
                ? null : input.description().trim();
        person.aliases.clear();
        person.aliases.addAll(trimmed(input.aliases()));
        person.sameAs.clear();
        person.sameAs.addAll(trimmed(input.sameAs()));
        person.affiliations.clear();
        person.affiliations.addAll(affiliations);
        person.updatedAt = Times.now();
    }

    /** Resolves each affiliation's entity; every unknown one is reported under its own field path. */
    private List<Affiliation> affiliationsOf(List<PersonInput.AffiliationInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        List<Affiliation> affiliations = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PersonInput.AffiliationInput input = inputs.get(i);
            Optional<NamedEntity> entity = entities.find(input.entity().trim());
            if (entity.isEmpty()) {
                unknown.add(new FieldError("affiliations[" + i + "].entity",
                        "no entity '" + input.entity() + "'"));
                continue;
            }
            String title = input.title() == null || input.title().isBlank() ? null : input.title().trim();
            affiliations.add(new Affiliation(entity.get(), title));
        }
        if (!unknown.isEmpty()) {
            throw Failure.invalidFields(unknown);
        }
        return affiliations;
    }

    private static List<String> trimmed(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).toList();
    }

    private Person resolve(String key) {
        return Lookup.resolve(ResourceType.person, key, Person::byId, Person::bySlug, p -> p.slug);
    }
}
