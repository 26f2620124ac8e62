package be.permits.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.permits.contracts.Agency;
import be.permits.contracts.EventJson;
import be.permits.contracts.permit.DeclaredSystem;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.review.domain.FlowRules;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flow rules in force, on data sets whose flags are known: each rule raises on its facts, for
 * its agencies, and on nothing else.
 */
class FlowRulesTest {
  static FlowRules rules() throws IOException {
    try (InputStream in = FlowRulesTest.class.getResourceAsStream("/flows/rules.json")) {
      return EventJson.mapper().readValue(in, FlowRules.class);
    }
  }

  private static List<String> keys(PermitSubmitted application, Agency agency) throws IOException {
    return rules().flags(application, agency).stream().map(FlowRules.Flag::key).toList();
  }

  @Test
  void theLiegeHubRaisesTheRemoteAdministrationFromChinaAndTheGroupPlatform() throws IOException {
    PermitSubmitted hub = Submissions.liegeHub();
    assertEquals(
        List.of(
            "remote-administration-from-compelling-country/Group trade platform",
            "group-platform-with-trade-data/Group trade platform"),
        keys(hub, Agency.STATE_SECURITY));
    FlowRules.Flag remote = rules().flags(hub, Agency.STATE_SECURITY).get(0);
    assertEquals(List.of("CN"), remote.countries());
    assertEquals(
        List.of("remote-administration-from-compelling-country/Group trade platform"),
        keys(hub, Agency.DATA_PROTECTION));
    assertEquals(List.of(), keys(hub, Agency.CUSTOMS), "a full AEO: nothing for customs");
    assertEquals(List.of(), keys(hub, Agency.URBAN_PLANNING));
  }

  @Test
  void storageAbroadContradictionsAndTransfersWithoutBasisAreFlaggedOnTheirSystem()
      throws IOException {
    Submissions facts = Submissions.liegeHubFacts();
    facts.systems =
        List.of(
            new DeclaredSystem(
                "Tracking",
                null,
                "Skyway",
                "IE",
                null,
                List.of("US"),
                true,
                List.of(),
                List.of(new DeclaredSystem.Holding("SHIPMENT_TRACKING", List.of("IE", "SG"))),
                List.of(
                    new DeclaredSystem.Transfer("SG", "NONE"),
                    new DeclaredSystem.Transfer("US", "ADEQUACY_DECISION")),
                List.of()));
    PermitSubmitted application = facts.build();
    assertEquals(
        List.of("trade-data-outside-eu/Tracking", "storage-contradicts-declaration/Tracking"),
        keys(application, Agency.STATE_SECURITY),
        "the US is not listed for remote administration; Singapore is not declared");
    FlowRules.Flag contradicted = rules().flags(application, Agency.STATE_SECURITY).get(1);
    assertEquals(List.of("SG"), contradicted.countries(), "Ireland is declared");
    assertEquals(
        List.of("storage-contradicts-declaration/Tracking", "transfer-without-basis/Tracking"),
        keys(application, Agency.DATA_PROTECTION));
    assertEquals(List.of("trade-data-outside-eu/Tracking"), keys(application, Agency.CUSTOMS));
  }

  @Test
  void customsFlagsTheWarehouseTheVolumeAndANumberNoMemberStateIssues() throws IOException {
    Submissions facts = Submissions.liegeHubFacts();
    facts.aeoNumber = null;
    assertEquals(
        List.of("bonded-warehouse-without-aeo", "high-volume-without-full-aeo"),
        keys(facts.build(), Agency.CUSTOMS));
    facts.aeoNumber = "NOAEOF0000123";
    assertEquals(
        List.of("high-volume-without-full-aeo", "aeo-number-invalid"),
        keys(facts.build(), Agency.CUSTOMS));
    facts.aeoNumber = "BEAEOC0000123";
    facts.declarationsPerYear = 999_999L;
    assertEquals(List.of(), keys(facts.build(), Agency.CUSTOMS), "below the volume, a valid AEOC");
  }

  @Test
  void aRuleWithAnUnknownTestStopsTheStart() {
    String json =
        "{\"version\":\"x\",\"description\":\"\",\"rules\":[{\"id\":\"a\",\"agencies\":"
            + "[\"CUSTOMS\"],\"test\":\"looksShady\",\"title\":{},\"why\":{}}]}";
    assertThrows(Exception.class, () -> EventJson.mapper().readValue(json, FlowRules.class));
  }
}
