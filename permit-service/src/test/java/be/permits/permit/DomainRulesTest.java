package be.permits.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.domain.EnterpriseNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainRulesTest {

  @ParameterizedTest
  @CsvSource({
    "0403.170.701, true",
    "BE0403170701, true",
    "0403 170 701, true",
    "0812345603, true",
    "0403.170.702, false",
    "2403170701, false",
    "040317070, false",
    "abcdefghij, false"
  })
  void belgianEnterpriseNumbersNeedTheirCheckDigits(String number, boolean valid) {
    assertEquals(valid, EnterpriseNumber.isValid(number));
  }

  @Test
  void enterpriseNumbersAreStoredAsTenDigits() {
    assertEquals("0403170701", EnterpriseNumber.normalise("BE 0403.170.701"));
    assertNull(EnterpriseNumber.normalise("12"));
  }

  @ParameterizedTest
  @CsvSource({
    "DRAFT, SUBMITTED, true",
    "DRAFT, UNDER_REVIEW, false",
    "SUBMITTED, UNDER_REVIEW, true",
    // An incomplete file: the coordinating officials ask for what is missing, which goes back to
    // their check.
    "SUBMITTED, INFORMATION_REQUESTED, true",
    "INFORMATION_REQUESTED, SUBMITTED, true",
    "UNDER_REVIEW, SUBMITTED, false",
    "SUBMITTED, APPROVED, false",
    "UNDER_REVIEW, INFORMATION_REQUESTED, true",
    "INFORMATION_REQUESTED, UNDER_REVIEW, true",
    "INFORMATION_REQUESTED, APPROVED, false",
    // A binding agency's rejection can end the review while another agency awaits an answer.
    "INFORMATION_REQUESTED, REJECTED, true",
    "UNDER_REVIEW, APPROVED_WITH_CONDITIONS, true",
    "UNDER_REVIEW, REJECTED, true",
    "SUBMITTED, WITHDRAWN, true",
    "APPROVED, WITHDRAWN, false",
    "REJECTED, UNDER_REVIEW, false",
    "WITHDRAWN, SUBMITTED, false"
  })
  void theStatusMachineAllowsOnlyItsTransitions(
      ApplicationStatus from, ApplicationStatus to, boolean allowed) {
    assertEquals(allowed, from.canMoveTo(to));
  }

  @Test
  void theDifferenceBetweenRevisionsNamesEachChangedFieldWithOldAndNewValues() throws Exception {
    var json = be.permits.contracts.EventJson.mapper();
    var before =
        json.readTree(
            "{\"project\":{\"jobs\":400,\"kind\":\"EXPANSION\"},"
                + "\"data\":{\"storageCountries\":[\"BE\",\"CN\"],\"certifications\":[]}}");
    var after =
        json.readTree(
            "{\"project\":{\"jobs\":450,\"kind\":\"EXPANSION\"},"
                + "\"data\":{\"storageCountries\":[\"BE\"],\"certifications\":[\"ISO 27001\"]},"
                + "\"site\":{\"airsideAccess\":true}}");
    var changes = be.permits.contracts.RevisionDiff.between(before, after);
    assertEquals(
        java.util.List.of(
            "data.certifications", "data.storageCountries", "project.jobs", "site.airsideAccess"),
        changes.stream().map(c -> c.field()).toList());
    assertEquals(400, changes.get(2).before().asInt());
    assertEquals(450, changes.get(2).after().asInt());
    assertNull(changes.get(0).before(), "an empty list counts as absent");
    assertTrue(be.permits.contracts.RevisionDiff.between(before, before).isEmpty());
  }

  @Test
  void finalStatesAreFinal() {
    assertTrue(ApplicationStatus.APPROVED.isFinal());
    assertFalse(ApplicationStatus.UNDER_REVIEW.isFinal());
  }
}
