package be.permits.review.domain;

import be.permits.contracts.Agency;
import be.permits.contracts.Countries;
import be.permits.contracts.permit.PermitSubmitted;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One version of the routing rules: which agencies review an application, decided from its data,
 * each agency's statutory deadline, and the agencies whose decisions need four eyes (a proposal by
 * one reviewer, confirmed by another). Loaded from data, never written as code branches.
 *
 * @param bindingAgencies agencies whose opinion binds the decision (avis conforme)
 * @param endEarlyOnBindingRejection whether a binding agency's rejection concludes the case at
 *     once, closing the other steps, rather than waiting for every opinion
 * @param decisionReason why the deciding authority's step opens, in each language
 */
public record RoutingRules(
    @Schema(maxLength = 40) String version,
    @Schema(maxLength = 1000) String description,
    @Schema(description = "Days per agency") Map<Agency, @Min(1) @Max(3650) Integer> deadlineDays,
    @Schema(maxItems = 7) Set<Agency> fourEyesAgencies,
    @Schema(maxItems = 7) Set<Agency> bindingAgencies,
    boolean endEarlyOnBindingRejection,
    @Schema(description = "Why the deciding authority's step opens, by language: en, fr, nl, de")
        Map<String, @Size(max = 1000) String> decisionReason,
    @Schema(maxItems = 200) List<Rule> rules,
    @Schema(
            maxItems = 20,
            description =
                "The procedure a case runs under: the first choice whose condition holds (the last"
                    + " one always does)")
        List<RegimeChoice> regimes) {

  /** A procedure ({@code procedure/regimes.json}) for the applications {@code when} holds for. */
  public record RegimeChoice(@Schema(maxLength = 60) String regime, Condition when) {}

  /**
   * A rule: if {@code when} holds, {@code agency} reviews, for {@code reason}, written in each
   * language of the suite (en, fr, nl, de) so that every reviewer reads it in theirs.
   */
  public record Rule(
      @Schema(maxLength = 80) String id,
      Agency agency,
      Condition when,
      @Schema(description = "The reason by language: en, fr, nl and de")
          Map<String, @Size(max = 1000) String> reason) {}

  /**
   * A test on one fact of the application: {@code always}, {@code atLeast} (number ≥ value), {@code
   * isTrue} (flag set), {@code anyOutsideEuEea} (a country list names a third country).
   */
  public record Condition(
      @Schema(maxLength = 40) String type,
      @Schema(maxLength = 200) String field,
      @Schema(minimum = "0", maximum = "1000000000") BigDecimal value) {}

  /** The languages every rule's reason is written in; English is the one events carry. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "nl", "de");

  /**
   * The agency chosen, the first rule that chose it, and every reason that applies, by language.
   */
  public record Routed(Agency agency, String ruleId, Map<String, String> reasons) {
    /** The reasons in English, as events and the API carry them. */
    public String reason() {
      return reasons.get("en");
    }

    Routed and(Routed next) {
      Map<String, String> both = new LinkedHashMap<>();
      for (String lang : LANGUAGES) {
        both.put(lang, reasons.get(lang) + " " + next.reasons.get(lang));
      }
      return new Routed(agency, ruleId, both);
    }
  }

  /** The facts that rules may test, by field name. */
  static final Map<String, Function<PermitSubmitted, Object>> FACTS =
      Map.ofEntries(
          Map.entry("project.currentFloorArea", s -> s.project().currentFloorArea()),
          Map.entry("project.requestedFloorArea", s -> s.project().requestedFloorArea()),
          Map.entry("project.environmentalClass", s -> s.project().environmentalClass()),
          Map.entry("project.hazardousGoods", s -> s.project().hazardousGoods()),
          Map.entry("organisation.nonEuVotingShare", s -> s.organisation().nonEuVotingShare()),
          Map.entry("site.airsideAccess", s -> s.site().airsideAccess()),
          Map.entry("data.storageCountries", s -> s.data().storageCountries()),
          Map.entry("data.thirdCountryTransfers", s -> s.data().thirdCountryTransfers()),
          Map.entry(
              "data.foreignLawsCompellingAccess", s -> s.data().foreignLawsCompellingAccess()),
          Map.entry("data.customs.bondedWarehouse", s -> s.data().customs().bondedWarehouse()),
          // Where the declared systems are hosted and store their data, whatever the overall
          // declaration says; and where the remotely reached ones are administered from.
          Map.entry(
              "systems.storageCountries",
              s ->
                  s.systems().stream()
                      .flatMap(
                          system ->
                              java.util.stream.Stream.concat(
                                  java.util.stream.Stream.ofNullable(system.hostingCountry()),
                                  system.data().stream().flatMap(h -> h.storedIn().stream())))
                      .distinct()
                      .toList()),
          Map.entry(
              "systems.administeredFrom",
              s ->
                  s.systems().stream()
                      .filter(system -> Boolean.TRUE.equals(system.remoteAccess()))
                      .flatMap(system -> system.administeredFrom().stream())
                      .distinct()
                      .toList()));

  private static final Set<String> TYPES =
      Set.of("always", "atLeast", "atMost", "isTrue", "notEmpty", "anyOutsideEuEea");

  /**
   * Checks the rules once, when they are loaded, so that a typo fails the start and not a case.
   *
   * @throws IllegalArgumentException naming the first bad rule
   */
  public RoutingRules {
    if (version == null || version.isBlank() || version.length() > 40) {
      throw new IllegalArgumentException("Routing rules need a version of at most 40 characters");
    }
    for (Agency agency : Agency.values()) {
      if (agency == Agency.COORDINATION || agency == Agency.APPEAL_AUTHORITY) {
        // The completeness check and the appeal are no routed steps: their periods are the
        // procedure's.
        continue;
      }
      Integer days = deadlineDays.get(agency);
      if (days == null || days < 1 || days > 365) {
        throw new IllegalArgumentException("No deadline of 1 to 365 days for " + agency);
      }
    }
    requireEveryLanguage("the decision step", decisionReason);
    for (Rule rule : rules) {
      Condition when = rule.when();
      if (rule.id() == null || rule.agency() == null || when == null || rule.reason() == null) {
        throw new IllegalArgumentException("Incomplete rule " + rule);
      }
      requireEveryLanguage(rule.id(), rule.reason());
      if (!TYPES.contains(when.type())) {
        throw new IllegalArgumentException(rule.id() + ": unknown condition " + when.type());
      }
      if (!"always".equals(when.type()) && !FACTS.containsKey(when.field())) {
        throw new IllegalArgumentException(rule.id() + ": unknown field " + when.field());
      }
      if (when.type().startsWith("at") && when.value() == null) {
        throw new IllegalArgumentException(rule.id() + ": " + when.type() + " needs a value");
      }
    }
    if (regimes == null
        || regimes.isEmpty()
        || !"always".equals(regimes.get(regimes.size() - 1).when().type())) {
      throw new IllegalArgumentException("The last regime choice must hold always");
    }
    for (RegimeChoice choice : regimes) {
      if (choice.regime() == null
          || choice.when() == null
          || !TYPES.contains(choice.when().type())
          || (!"always".equals(choice.when().type())
              && !FACTS.containsKey(choice.when().field()))) {
        throw new IllegalArgumentException("Bad regime choice " + choice);
      }
    }
    regimes = List.copyOf(regimes);
    deadlineDays = Map.copyOf(deadlineDays);
    fourEyesAgencies = fourEyesAgencies == null ? Set.of() : Set.copyOf(fourEyesAgencies);
    bindingAgencies = bindingAgencies == null ? Set.of() : Set.copyOf(bindingAgencies);
    decisionReason = Map.copyOf(decisionReason);
    rules = List.copyOf(rules);
  }

  private static void requireEveryLanguage(String what, Map<String, String> texts) {
    for (String lang : LANGUAGES) {
      String text = texts == null ? null : texts.get(lang);
      if (text == null || text.isBlank() || text.length() > 1000) {
        throw new IllegalArgumentException(what + ": no reason in " + lang);
      }
    }
  }

  /** The agencies that review {@code submission}, in the order of their first rule. */
  public List<Routed> route(PermitSubmitted submission) {
    Map<Agency, Routed> routed = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (holds(rule.when(), submission)) {
        routed.merge(
            rule.agency(),
            new Routed(rule.agency(), rule.id(), Map.copyOf(rule.reason())),
            Routed::and);
      }
    }
    return new ArrayList<>(routed.values());
  }

  /** The procedure {@code submission} runs under: the first regime choice that holds. */
  public String regimeFor(PermitSubmitted submission) {
    return regimes.stream()
        .filter(choice -> holds(choice.when(), submission))
        .findFirst()
        .orElseThrow()
        .regime();
  }

  private static boolean holds(Condition when, PermitSubmitted submission) {
    if ("always".equals(when.type())) {
      return true;
    }
    Object fact = FACTS.get(when.field()).apply(submission);
    return switch (when.type()) {
      case "atLeast" ->
          fact instanceof Number n && new BigDecimal(n.toString()).compareTo(when.value()) >= 0;
      case "atMost" ->
          fact instanceof Number n && new BigDecimal(n.toString()).compareTo(when.value()) <= 0;
      case "isTrue" -> Boolean.TRUE.equals(fact);
      case "notEmpty" -> fact instanceof Collection<?> values && !values.isEmpty();
      case "anyOutsideEuEea" ->
          fact instanceof Collection<?> countries
              && countries.stream().anyMatch(c -> !Countries.isEuOrEea(String.valueOf(c)));
      default -> false;
    };
  }
}
