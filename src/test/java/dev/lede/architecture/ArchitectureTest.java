package dev.lede.architecture;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.lede.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The package graph of docs/architecture.md, enforced: features ({@code article}, {@code person}, ...) sit on the
 * shared layers under {@code platform}, never the other way, and no two packages depend on each other.
 */
@AnalyzeClasses(packages = "dev.lede", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] FEATURES = {"dev.lede.article..", "dev.lede.person..", "dev.lede.entity..",
            "dev.lede.source..", "dev.lede.quote..", "dev.lede.ingest..", "dev.lede.bulk..", "dev.lede.export..",
            "dev.lede.seed..", "dev.lede.discovery..", "dev.lede.format..", "dev.lede.feed..", "dev.lede.changes..",
            "dev.lede.webhook..", "dev.lede.review..", "dev.lede.keys.."};

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("dev.lede.(**)").should().beFreeOfCycles();

    /** The "may use" column of docs/design/packages.md: each platform package and the platform packages it builds on. */
    private static final Map<String, Set<String>> PLATFORM_USES = Map.ofEntries(
            Map.entry("config", Set.of()),
            Map.entry("failure", Set.of()),
            Map.entry("text", Set.of("failure")),
            Map.entry("persistence", Set.of("failure", "text")),
            Map.entry("changelog", Set.of("persistence", "text", "failure")),
            Map.entry("slug", Set.of("changelog", "persistence", "text", "failure")),
            Map.entry("resource", Set.of("slug", "changelog", "persistence", "text", "failure")),
            Map.entry("ops", Set.of("config")),
            Map.entry("security", Set.of("config", "failure")),
            Map.entry("web", Set.of("config", "failure", "text", "persistence", "ops", "security")),
            Map.entry("cache", Set.of("web", "ops", "search", "changelog", "persistence", "text", "failure", "config", "security")),
            Map.entry("search", Set.of("config", "changelog", "persistence", "text", "failure")),
            Map.entry("ratelimit", Set.of("web", "security", "config")),
            Map.entry("catalog", Set.of("cache", "web", "ops", "config", "resource", "slug", "changelog", "persistence", "text", "failure", "security")));

    @ArchTest
    static final ArchRule platformLayersUseOnlyWhatTheyMay = CompositeArchRule.of(PLATFORM_USES.entrySet().stream()
            .map(entry -> noClasses().that().resideInAPackage("dev.lede.platform." + entry.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(PLATFORM_USES.keySet().stream()
                            .filter(other -> !other.equals(entry.getKey()) && !entry.getValue().contains(other))
                            .map(other -> "dev.lede.platform." + other + "..").toArray(String[]::new))
                    .as("platform/" + entry.getKey() + " uses only " + entry.getValue()))
            .map(ArchRule.class::cast).toList());

    @ArchTest
    static final ArchRule platformNeverDependsOnFeatures = noClasses().that().resideInAPackage("dev.lede.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("features build on the platform; the platform knows none of them");

    /** Articles find their other formats through CDI (ArticleFormat): the formats build on articles, never the reverse. */
    @ArchTest
    static final ArchRule articlesKnowNoFormat = noClasses().that().resideInAPackage("dev.lede.article..")
            .should().dependOnClassesThat().resideInAPackage("dev.lede.format..");

    @ArchTest
    static final ArchRule resourcesNeverTouchEntities = noClasses().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
            .orShould().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManager.class);

    @ArchTest
    static final ArchRule servicesNeverSpeakHttp = noClasses().that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    @ArchTest
    static final ArchRule onlyTheChangeLogWritesChangeEvents = noClasses().that().resideOutsideOfPackage("dev.lede.platform.changelog..")
            .should().callConstructor(dev.lede.platform.changelog.ChangeEvent.class);

    @ArchTest
    static final ArchRule servicesSpeakTheDomainNotHttpStatuses = noClasses().that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().belongToAnyOf(dev.lede.platform.web.Problem.class,
                    dev.lede.platform.web.Problems.class, jakarta.ws.rs.core.Response.class)
            .because("services throw Failures of a kind; only the HTTP layer turns them into statuses and bodies");

    @ArchTest
    static final ArchRule onlyTheHttpLayerMapsFailuresToStatuses = noClasses()
            .that().resideOutsideOfPackage("dev.lede.platform.web..")
            .should().dependOnClassesThat().belongToAnyOf(dev.lede.platform.web.Problems.class);

    /**
     * Services take and return domain types: the resource parses parameters at the edge, and the cache learns what
     * a write changed from its change events, not from the service.
     */
    @ArchTest
    static final ArchRule servicesTakeDomainTypesNotHttpParameters = noClasses().that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().resideInAnyPackage("dev.lede.platform.web..", "dev.lede.platform.cache..");

    /** The declaration a write must carry: the scope (a role) it needs, whichever it is (Roles: scopes are roles). */
    private static final DescribedPredicate<JavaAnnotation<?>> DECLARES_A_SCOPE = DescribedPredicate.describe(
            "@RolesAllowed(<a scope of Roles>)", annotation -> annotation.getRawType().isEquivalentTo(RolesAllowed.class)
                    && annotation.as(RolesAllowed.class).value().length > 0
                    && Roles.SCOPES.containsAll(Arrays.asList(annotation.as(RolesAllowed.class).value())));
    private static final List<Class<? extends Annotation>> WRITES = List.of(
            jakarta.ws.rs.POST.class, jakarta.ws.rs.PUT.class, jakarta.ws.rs.PATCH.class, jakarta.ws.rs.DELETE.class);

    /**
     * Every write declares who may make it, so that a new feature's write cannot be open by omission (the check runs
     * only where it is declared; reads pay nothing for it, see application.properties).
     */
    @ArchTest
    static final ArchRule everyWriteDeclaresWhoMayMakeIt = methods()
            .that().areAnnotatedWith(jakarta.ws.rs.POST.class).or().areAnnotatedWith(jakarta.ws.rs.PUT.class)
            .or().areAnnotatedWith(jakarta.ws.rs.PATCH.class).or().areAnnotatedWith(jakarta.ws.rs.DELETE.class)
            .should().beAnnotatedWith(DECLARES_A_SCOPE)
            .orShould().beDeclaredInClassesThat(annotatedWith(DECLARES_A_SCOPE));

    /** JAX-RS lets an override inherit its HTTP method, but Java does not let it inherit @RolesAllowed. */
    @ArchTest
    static final ArchRule anOverriddenWriteDeclaresItAgain = classes().should(new ArchCondition<>("re-declare "
            + "@RolesAllowed on every write they override") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
            type.getMethods().stream().filter(method -> overridesAWrite(type, method))
                    .filter(method -> !method.isAnnotatedWith(DECLARES_A_SCOPE) && !type.isAnnotatedWith(DECLARES_A_SCOPE))
                    .forEach(method -> events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " overrides a write without @RolesAllowed")));
        }
    });

    @ArchTest
    static final ArchRule nothingIsOpenedWithPermitAll = noMethods().should().beAnnotatedWith(PermitAll.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(PermitAll.class);

    private static boolean overridesAWrite(JavaClass type, JavaMethod method) {
        return type.getAllRawSuperclasses().stream().flatMap(parent -> parent.getMethods().stream())
                .filter(parent -> parent.getName().equals(method.getName())
                        && parent.getRawParameterTypes().size() == method.getRawParameterTypes().size())
                .anyMatch(parent -> WRITES.stream().anyMatch(parent::isAnnotatedWith));
    }
}
