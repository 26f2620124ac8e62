package be.permits.review.domain;

import be.permits.contracts.Agency;
import be.permits.contracts.Countries;
import be.permits.contracts.DataCategory;
import be.permits.contracts.TransferBasis;
import be.permits.contracts.permit.DeclaredSystem;
import be.permits.contracts.permit.PermitSubmitted;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of the rules that flag an application's data flows for the agencies that assess them:
 * state security, customs, data protection. Loaded from data ({@code flows/rules.json}), like the
 * routing rules; a rule names a test from a fixed set, the countries or categories it looks for,
 * the agencies it is raised for, what it means in each language, and the standard conditions that
 * answer it.
 */
public record FlowRules(String version, String description, List<Rule> rules) {

  /**
   * A rule. {@code test} is one of {@link #TESTS}; {@code countries}, {@code categories} and {@code
   * atLeast} are its parameters where the test takes them.
   */
  public record Rule(
      String id,
      Set<Agency> agencies,
      String test,
      Set<String> countries,
      Set<DataCategory> categories,
      Long atLeast,
      Map<String, String> title,
      Map<String, String> why,
      List<String> suggests) {}

  /**
   * A flag raised by a rule: on a system (or on the application as a whole: {@code system} null),
   * with the facts that raised it: the countries, categories or platforms concerned.
   */
  public record Flag(
      Rule rule,
      String system,
      List<String> countries,
      List<String> categories,
      List<String> platforms) {
    /** What tells this flag apart on its case: its rule and its system. */
    public String key() {
      return rule.id() + (system == null ? "" : "/" + system);
    }
  }

  /** The tests a rule may name, each described where it is evaluated. */
  public static final Set<String> TESTS =
      Set.of(
          "remoteAdministrationFrom",
          "storedOutsideEuEea",
          "groupPlatformHolding",
          "storageNotDeclared",
          "transferWithoutBasis",
          "bondedWarehouseWithoutAeo",
          "declarationsWithoutFullAeo",
          "aeoNumberInvalid");

  /** The tests that look at each system; the others look at the application as a whole. */
  private static final Set<String> ON_SYSTEMS =
      Set.of(
          "remoteAdministrationFrom",
          "storedOutsideEuEea",
          "groupPlatformHolding",
          "storageNotDeclared",
          "transferWithoutBasis");

  /**
   * Checks the rules once, when they are loaded: a typo fails the start, not a case.
   *
   * @throws IllegalArgumentException naming the first bad rule
   */
  public FlowRules {
    if (version == null || version.isBlank() || version.length() > 40) {
      throw new IllegalArgumentException("Flow rules need a version of at most 40 characters");
    }
    Set<String> ids = new java.util.HashSet<>();
    for (Rule rule : rules) {
      if (rule.id() == null || !ids.add(rule.id()) || rule.id().length() > 80) {
        throw new IllegalArgumentException("A flow rule without a unique id: " + rule.id());
      }
      if (!TESTS.contains(rule.test())) {
        throw new IllegalArgumentException(rule.id() + ": unknown test " + rule.test());
      }
      if (rule.agencies() == null || rule.agencies().isEmpty()) {
        throw new IllegalArgumentException(rule.id() + ": raised for no agency");
      }
      RoutingRules.LANGUAGES.forEach(
          lang -> {
            for (Map<String, String> text : List.of(rule.title(), rule.why())) {
              if (text == null || text.get(lang) == null || text.get(lang).isBlank()) {
                throw new IllegalArgumentException(rule.id() + ": no title or why in " + lang);
              }
            }
          });
      boolean needsCountries = rule.test().equals("remoteAdministrationFrom");
      boolean needsCategories =
          rule.test().equals("storedOutsideEuEea") || rule.test().equals("groupPlatformHolding");
      boolean needsThreshold = rule.test().equals("declarationsWithoutFullAeo");
      if ((needsCountries && (rule.countries() == null || rule.countries().isEmpty()))
          || (needsCategories && (rule.categories() == null || rule.categories().isEmpty()))
          || (needsThreshold && rule.atLeast() == null)) {
        throw new IllegalArgumentException(rule.id() + ": " + rule.test() + " lacks what it tests");
      }
      if (rule.countries() != null
          && rule.countries().stream().anyMatch(c -> !Countries.isIsoCode(c))) {
        throw new IllegalArgumentException(rule.id() + ": a country that is no ISO code");
      }
    }
    rules = List.copyOf(rules);
  }

  /** The flags the application raises for {@code agency}, rule by rule, system by system. */
  public List<Flag> flags(PermitSubmitted application, Agency agency) {
    List<Flag> flags = new ArrayList<>();
    for (Rule rule : rules) {
      if (!rule.agencies().contains(agency)) {
        continue;
      }
      if (ON_SYSTEMS.contains(rule.test())) {
        for (DeclaredSystem system : application.systems()) {
          Flag flag = onSystem(rule, system, application);
          if (flag != null) {
            flags.add(flag);
          }
        }
      } else {
        Flag flag = onApplication(rule, application);
        if (flag != null) {
          flags.add(flag);
        }
      }
    }
    return flags;
  }

  private static Flag onSystem(Rule rule, DeclaredSystem s, PermitSubmitted application) {
    Set<String> countries = new LinkedHashSet<>();
    Set<String> categories = new LinkedHashSet<>();
    List<String> platforms = List.of();
    switch (rule.test()) {
      // Administered from a listed country, with remote access: the operator's staff there can
      // reach the data whatever its storage country.
      case "remoteAdministrationFrom" -> {
        if (Boolean.TRUE.equals(s.remoteAccess())) {
          s.administeredFrom().stream().filter(rule.countries()::contains).forEach(countries::add);
        }
      }
      // Data of the listed categories stored in a third country.
      case "storedOutsideEuEea" -> {
        for (DeclaredSystem.Holding h : s.data()) {
          if (rule.categories().contains(DataCategory.valueOf(h.category()))) {
            h.storedIn().stream()
                .filter(c -> !Countries.isEuOrEea(c))
                .forEach(
                    c -> {
                      countries.add(c);
                      categories.add(h.category());
                    });
          }
        }
      }
      // A platform of the group exchanges data with a system that holds the listed categories.
      case "groupPlatformHolding" -> {
        if (!s.groupPlatforms().isEmpty()) {
          s.data().stream()
              .map(DeclaredSystem.Holding::category)
              .filter(c -> rule.categories().contains(DataCategory.valueOf(c)))
              .forEach(categories::add);
          platforms = categories.isEmpty() ? List.of() : s.groupPlatforms();
        }
      }
      // Where the operator said its data is stored does not hold for this system.
      case "storageNotDeclared" -> {
        List<String> declared = application.data().storageCountries();
        if (s.hostingCountry() != null && !declared.contains(s.hostingCountry())) {
          countries.add(s.hostingCountry());
        }
        s.data().stream()
            .flatMap(h -> h.storedIn().stream())
            .filter(c -> !declared.contains(c))
            .forEach(countries::add);
      }
      // Data sent to a third country on no legal basis.
      case "transferWithoutBasis" ->
          s.transfers().stream()
              .filter(t -> TransferBasis.NONE.name().equals(t.legalBasis()))
              .map(DeclaredSystem.Transfer::country)
              .forEach(countries::add);
      default -> throw new IllegalStateException(rule.test());
    }
    if (countries.isEmpty() && categories.isEmpty()) {
      return null;
    }
    return new Flag(rule, s.name(), List.copyOf(countries), List.copyOf(categories), platforms);
  }

  private static Flag onApplication(Rule rule, PermitSubmitted application) {
    PermitSubmitted.Customs customs = application.data().customs();
    AeoNumber aeo = AeoNumber.parse(customs.aeoNumber());
    boolean raised =
        switch (rule.test()) {
          case "bondedWarehouseWithoutAeo" -> customs.bondedWarehouse() && aeo == null;
          // Many declarations and no full authorisation: customs have not vetted the operator's
          // security and safety, or its customs record, at that scale.
          case "declarationsWithoutFullAeo" ->
              customs.declarationsPerYear() != null
                  && customs.declarationsPerYear() >= rule.atLeast()
                  && (aeo == null || !aeo.isValid() || aeo.type() != AeoNumber.Type.F);
          case "aeoNumberInvalid" -> aeo != null && !aeo.isValid();
          default -> throw new IllegalStateException(rule.test());
        };
    return raised ? new Flag(rule, null, List.of(), List.of(), List.of()) : null;
  }
}
