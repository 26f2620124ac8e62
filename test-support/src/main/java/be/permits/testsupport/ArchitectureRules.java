package be.permits.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.Map;

/**
 * The layers of a service, as rules that fail the build (DESIGN.md, "Layout"): {@code api}, {@code
 * web} and {@code messaging} are adapters over {@code service}; {@code service} holds the use
 * cases, read models and transactions; {@code domain} holds entities and rules and knows nothing of
 * HTTP. Every service's {@code ArchitectureTest} checks all of them against its own classes.
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /** The packages that speak HTTP or Kafka: thin adapters over the service layer. */
  private static final String[] ADAPTERS = {"..api..", "..web..", "..messaging.."};

  /** The service modules; none imports another's code. */
  private static final Map<String, String> SERVICES =
      Map.of(
          "permit", "be.permits.permit..",
          "review", "be.permits.review..",
          "notification", "be.permits.notification..",
          "witness", "be.permits.witness..");

  /** Every rule, for a service whose classes live under {@code be.permits.<service>}. */
  public static List<ArchRule> all(String service) {
    return List.of(
        serviceIsBelowTheAdapters(),
        domainKnowsNoHttpNorUseCases(),
        adaptersDoNotUseEachOther(),
        adaptersOpenNoTransaction(),
        adaptersTouchNoEntity(),
        noPackageCycles(service),
        noOtherServicesCode(service));
  }

  /** {@code service} imports nothing of the adapters, nor any HTTP or page type. */
  public static ArchRule serviceIsBelowTheAdapters() {
    return noClasses()
        .that()
        .resideInAPackage("..service..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..api..",
            "..web..",
            "..messaging..",
            "jakarta.ws.rs..",
            "org.jboss.resteasy..",
            "io.vertx.ext.web..",
            "be.permits.support.problem..",
            "be.permits.support.web..",
            "be.permits.support.http..")
        .as("the service layer does not know its adapters, HTTP or pages");
  }

  /** {@code domain} holds entities and rules: no use case, no adapter, no HTTP type. */
  public static ArchRule domainKnowsNoHttpNorUseCases() {
    return noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..service..",
            "..api..",
            "..web..",
            "..messaging..",
            "jakarta.ws.rs..",
            "org.jboss.resteasy..",
            "be.permits.support.problem..",
            "be.permits.support.web..",
            "be.permits.support.http..")
        .as("the domain knows no use case, adapter or HTTP type");
  }

  /** A page never calls the API's code, nor the API a page's, nor a consumer either. */
  public static ArchRule adaptersDoNotUseEachOther() {
    return CompositeArchRule.of(adapterUsesNoOther("api", "..web..", "..messaging.."))
        .and(adapterUsesNoOther("web", "..api..", "..messaging.."))
        .and(adapterUsesNoOther("messaging", "..api..", "..web.."))
        .as("api, web and messaging do not call each other");
  }

  private static ArchRule adapterUsesNoOther(String adapter, String... others) {
    return noClasses()
        .that()
        .resideInAPackage(".." + adapter + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        // A service without one of the adapters has nothing to check for it.
        .allowEmptyShould(true);
  }

  /** Transactions are the service layer's: an adapter neither declares nor opens one. */
  public static ArchRule adaptersOpenNoTransaction() {
    return noClasses()
        .that()
        .resideInAnyPackage(ADAPTERS)
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("io.quarkus.narayana.jta.QuarkusTransaction")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.transaction..", "jakarta.persistence..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("be.permits.support.transaction.ReadOnly")
        .as("api, web and messaging open no transaction and use no EntityManager");
  }

  /** Adapters see records that the service layer answers, never an entity. */
  public static ArchRule adaptersTouchNoEntity() {
    return noClasses()
        .that()
        .resideInAnyPackage(ADAPTERS)
        .should()
        .dependOnClassesThat(
            describe(
                "are entities", (JavaClass c) -> c.isAnnotatedWith("jakarta.persistence.Entity")))
        .as("api, web and messaging touch no entity");
  }

  /** No cycle between the packages of the service. */
  public static ArchRule noPackageCycles(String service) {
    return slices()
        .matching("be.permits." + service + ".(*)..")
        .should()
        .beFreeOfCycles()
        .as("the packages of " + service + "-service have no cycle");
  }

  /** A service talks to the others through events only, never through their classes. */
  public static ArchRule noOtherServicesCode(String service) {
    String[] others =
        SERVICES.entrySet().stream()
            .filter(e -> !e.getKey().equals(service))
            .map(Map.Entry::getValue)
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(SERVICES.get(service))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .as(service + "-service imports no other service's code");
  }
}
