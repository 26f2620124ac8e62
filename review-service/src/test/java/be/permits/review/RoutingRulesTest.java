package be.permits.review;

import static be.permits.contracts.Agency.CUSTOMS;
import static be.permits.contracts.Agency.DATA_PROTECTION;
import static be.permits.contracts.Agency.ENVIRONMENT;
import static be.permits.contracts.Agency.FDI_SCREENING;
import static be.permits.contracts.Agency.STATE_SECURITY;
import static be.permits.contracts.Agency.URBAN_PLANNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.EventJson;
import be.permits.contracts.permit.DeclaredSystem;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.review.domain.RoutingRules;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoutingRulesTest {
  static final RoutingRules RULES = load();

  static RoutingRules load() {
    try (InputStream in =
        RoutingRulesTest.class.getClassLoader().getResourceAsStream("routing/rules.json")) {
      return EventJson.mapper().readValue(in, RoutingRules.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> applications() {
    return Stream.of(
        Arguments.of("small local warehouse", with(s -> {}), Set.of(URBAN_PLANNING)),
        Arguments.of(
            "large floor area",
            with(s -> s.requestedFloorArea = 10_000),
            Set.of(URBAN_PLANNING, ENVIRONMENT)),
        Arguments.of(
            "just under the large floor area",
            with(s -> s.requestedFloorArea = 9_999),
            Set.of(URBAN_PLANNING)),
        Arguments.of(
            "environmental class 2",
            with(s -> s.environmentalClass = 2),
            Set.of(URBAN_PLANNING, ENVIRONMENT)),
        Arguments.of(
            "hazardous goods",
            with(s -> s.hazardousGoods = true),
            Set.of(URBAN_PLANNING, ENVIRONMENT)),
        Arguments.of(
            "airside site",
            with(s -> s.airside = true),
            Set.of(URBAN_PLANNING, CUSTOMS, STATE_SECURITY)),
        Arguments.of(
            "bonded warehouse",
            with(s -> s.bondedWarehouse = true),
            Set.of(URBAN_PLANNING, CUSTOMS)),
        Arguments.of(
            "non-EU share just under the FDI threshold",
            with(s -> s.nonEuVotingShare = "9.99"),
            Set.of(URBAN_PLANNING)),
        Arguments.of(
            "non-EU share at the FDI threshold",
            with(s -> s.nonEuVotingShare = "10"),
            Set.of(URBAN_PLANNING, FDI_SCREENING)),
        Arguments.of(
            "non-EU control at the state security threshold, data in Norway (EEA)",
            with(
                s -> {
                  s.nonEuVotingShare = "25";
                  s.storageCountries = List.of("NO");
                }),
            Set.of(URBAN_PLANNING, FDI_SCREENING, STATE_SECURITY)),
        Arguments.of(
            "data stored in a third country",
            with(s -> s.storageCountries = List.of("BE", "US")),
            Set.of(URBAN_PLANNING, STATE_SECURITY, DATA_PROTECTION)),
        Arguments.of(
            "foreign laws can compel access",
            with(s -> s.foreignLaws = List.of("US CLOUD Act")),
            Set.of(URBAN_PLANNING, STATE_SECURITY)),
        Arguments.of(
            "a declared system stores data in a third country, the overall answer says Belgium",
            with(s -> s.systems = List.of(system(List.of("SG"), List.of(), false))),
            Set.of(URBAN_PLANNING, STATE_SECURITY, DATA_PROTECTION)),
        Arguments.of(
            "a declared system administered remotely from a third country",
            with(s -> s.systems = List.of(system(List.of("BE"), List.of("IN"), true))),
            Set.of(URBAN_PLANNING, STATE_SECURITY)),
        Arguments.of(
            "personal data transferred to a third country",
            with(s -> s.thirdCountryTransfers = List.of("US")),
            Set.of(URBAN_PLANNING, DATA_PROTECTION)),
        Arguments.of(
            "the Liège hub",
            Submissions.liegeHub(),
            Set.of(
                URBAN_PLANNING,
                ENVIRONMENT,
                CUSTOMS,
                STATE_SECURITY,
                DATA_PROTECTION,
                FDI_SCREENING)));
  }

  /** A system hosted in Belgium that keeps tracking data in {@code storedIn}. */
  private static DeclaredSystem system(
      List<String> storedIn, List<String> administeredFrom, boolean remote) {
    return new DeclaredSystem(
        "Tracking",
        null,
        "Local Warehouse SRL",
        "BE",
        null,
        administeredFrom,
        remote,
        List.of(),
        List.of(new DeclaredSystem.Holding("SHIPMENT_TRACKING", storedIn)),
        List.of(),
        List.of());
  }

  static PermitSubmitted with(Consumer<Submissions> change) {
    Submissions submission = Submissions.localWarehouse();
    change.accept(submission);
    return submission.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("applications")
  void routingChoosesTheAgenciesThatTheApplicationCallsFor(
      String name, PermitSubmitted submission, Set<Agency> expected) {
    Set<Agency> routed =
        RULES.route(submission).stream()
            .map(RoutingRules.Routed::agency)
            .collect(Collectors.toSet());
    assertEquals(expected, routed);
  }

  @Test
  void anAgencyChosenByTwoRulesGetsOneStepWithBothReasons() {
    var stateSecurity =
        RULES.route(Submissions.liegeHub()).stream()
            .filter(r -> r.agency() == STATE_SECURITY)
            .toList();
    assertEquals(1, stateSecurity.size());
    assertEquals("state-security-non-eu-control", stateSecurity.get(0).ruleId());
    assertTrue(
        stateSecurity.get(0).reason().contains("administered remotely from outside the EU/EEA"),
        "a declared system routes too, though the overall answer keeps the data in the EU");
    assertTrue(
        stateSecurity.get(0).reasons().get("nl").contains("op afstand beheerd van buiten de EU"));
  }

  @Test
  void everyReasonIsWrittenInEveryLanguageOfTheSuite() {
    for (RoutingRules.Rule rule : RULES.rules()) {
      assertEquals(Set.copyOf(RoutingRules.LANGUAGES), rule.reason().keySet(), rule.id());
      assertTrue(
          rule.reason().values().stream().distinct().count() == RoutingRules.LANGUAGES.size(),
          rule.id() + " has a reason left untranslated");
    }
    var english = java.util.Map.of("en", "Why.");
    var rule =
        new RoutingRules.Rule(
            "only-english", CUSTOMS, new RoutingRules.Condition("always", null, null), english);
    var everyLanguage = RULES.decisionReason();
    var deadlines = RULES.deadlineDays();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RoutingRules(
                "v",
                "d",
                deadlines,
                Set.of(),
                Set.of(),
                false,
                everyLanguage,
                List.of(rule),
                RULES.regimes()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RoutingRules(
                "v",
                "d",
                deadlines,
                Set.of(),
                Set.of(),
                false,
                english,
                List.of(),
                RULES.regimes()));
  }

  @Test
  void badRuleFilesAreRefusedWhenLoaded() {
    var deadlines = RULES.deadlineDays();
    var typo =
        new RoutingRules.Rule(
            "typo",
            CUSTOMS,
            new RoutingRules.Condition("isTrue", "site.airside", null),
            RULES.decisionReason());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RoutingRules(
                "v",
                "d",
                deadlines,
                Set.of(),
                Set.of(),
                false,
                RULES.decisionReason(),
                List.of(typo),
                RULES.regimes()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RoutingRules(
                "v",
                "d",
                java.util.Map.of(),
                Set.of(),
                Set.of(),
                false,
                RULES.decisionReason(),
                List.of(),
                RULES.regimes()));
    // Every case needs a procedure: the last choice must hold always.
    var onlyClassOne =
        List.of(
            new RoutingRules.RegimeChoice(
                "permis-unique-class-1",
                new RoutingRules.Condition(
                    "atMost", "project.environmentalClass", java.math.BigDecimal.ONE)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RoutingRules(
                "v",
                "d",
                deadlines,
                Set.of(),
                Set.of(),
                false,
                RULES.decisionReason(),
                List.of(),
                onlyClassOne));
  }

  @Test
  void theProcedureIsChosenByTheEnvironmentalClass() {
    Submissions one = Submissions.localWarehouse();
    one.environmentalClass = 1;
    Submissions two = Submissions.localWarehouse();
    two.environmentalClass = 2;
    assertEquals("permis-unique-class-1", RULES.regimeFor(one.build()));
    assertEquals("permis-unique-class-2", RULES.regimeFor(two.build()));
    assertEquals(
        "permis-urbanisme-codt",
        RULES.regimeFor(Submissions.localWarehouse().build()),
        "a class 3 warehouse needs a planning permit only");
  }
}
