package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewOpened;
import be.permits.contracts.review.ReviewScreeningOpened;
import be.permits.review.InquiryTest.Hub;
import be.permits.review.service.ProcedureClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The foreign investment screening's two phases on the committee's step: it runs for the
 * verification phase (30 days), and the committee may open the screening phase (28 more days) once,
 * before the verification ends, saying why; the applicant is told, the timetable shows it.
 */
@QuarkusTest
class FdiScreeningTest {
  @Inject MovableClock clock;
  @Inject ProcedureClock procedure;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void theCommitteeOpensTheScreeningPhaseOnceBeforeTheVerificationEnds() {
    Hub hub = InquiryTest.hubUnderInquiry();
    LocalDate opened = LocalDate.now(clock);
    ReviewOpened.Step fdi = stepOf(hub, Agency.FDI_SCREENING);
    assertEquals(procedure.due(opened, 30), fdi.dueDate(), "the verification phase's 30 days");
    String committee = Cases.reviewerOf(Agency.FDI_SCREENING);

    // Another agency cannot, on its own step or on the committee's.
    ReviewOpened.Step urban = stepOf(hub, Agency.URBAN_PLANNING);
    screening(Cases.URBAN_PLANNING, hub, urban.stepId(), "Pourquoi pas")
        .statusCode(409)
        .body("type", endsWith("not-screening"));
    screening(Cases.URBAN_PLANNING, hub, fdi.stepId(), "Pourquoi pas").statusCode(404);
    screening(committee, hub, fdi.stepId(), " ").statusCode(400);

    screening(committee, hub, fdi.stepId(), "Contrôle de l'actionnaire par un État tiers.")
        .statusCode(200)
        .body("dueDate", equalTo(procedure.due(opened, 58).toString()))
        .body("screeningDays", equalTo(28));
    ReviewScreeningOpened event =
        Cases.awaitEvent(
            hub.application().applicationId(),
            EventType.REVIEW_SCREENING_OPENED,
            ReviewScreeningOpened.class);
    assertEquals(28, event.days());
    assertEquals(procedure.due(opened, 58), event.dueDate());
    screening(committee, hub, fdi.stepId(), "Encore")
        .statusCode(409)
        .body("type", endsWith("screening-opened-already"));
    given()
        .auth()
        .oauth2(committee)
        .get("/api/cases/{id}", hub.opened().caseId())
        .then()
        .statusCode(200)
        .body("timetable.find { it.agency == 'FDI_SCREENING' }.extendedDays", equalTo(28))
        .body(
            "timetable.find { it.agency == 'FDI_SCREENING' }.planned",
            equalTo(procedure.due(opened, 58).toString()));
  }

  @Test
  void noScreeningOpensOnceTheVerificationHasEnded() {
    Hub hub = InquiryTest.hubUnderInquiry();
    ReviewOpened.Step fdi = stepOf(hub, Agency.FDI_SCREENING);
    clock.advance(Duration.ofDays(40));
    screening(Cases.reviewerOf(Agency.FDI_SCREENING), hub, fdi.stepId(), "Trop tard")
        .statusCode(409)
        .body("type", endsWith("verification-ended"));
  }

  @Test
  @TestSecurity(user = "farid", roles = "reviewer")
  @OidcSecurity(
      claims = {
        @Claim(key = "sub", value = "sub-farid"),
        @Claim(key = "name", value = "Farid Haddad"),
        @Claim(key = "agency", value = "fdi-screening"),
        @Claim(key = "locale", value = "nl")
      })
  void theCommitteeOpensItFromTheDeskAndReadsItThere() {
    Hub hub = InquiryTest.hubUnderInquiry();
    ReviewOpened.Step fdi = stepOf(hub, Agency.FDI_SCREENING);
    String casePage = "/desk/cases/" + hub.opened().caseId();
    String token = InquiryTest.csrfOf(casePage);
    String empty = form(token, casePage, fdi.stepId(), "").statusCode(422).extract().asString();
    assertTrue(empty.contains("f-screeningReason-error"), "the reason is needed");
    form(token, casePage, fdi.stepId(), "Zeggenschap door een derde staat.")
        .statusCode(303)
        .header("Location", endsWith(casePage + "?done=screening-opened"));
    String page = given().get(casePage + "?done=screening-opened").then().extract().asString();
    assertTrue(page.contains("De screeningsfase is geopend"), page);
    assertTrue(page.contains("Screeningsfase geopend (28 dagen meer)"), "on the step");
  }

  private static ValidatableResponse form(String token, String casePage, UUID step, String reason) {
    return given()
        .redirects()
        .follow(false)
        .cookie("csrf", token)
        .formParam("csrf", token)
        .formParam("screeningReason", reason)
        .post(casePage + "/steps/" + step + "/screening-phase")
        .then();
  }

  private static ReviewOpened.Step stepOf(Hub hub, Agency agency) {
    return hub.opened().steps().stream()
        .filter(s -> s.agency() == agency)
        .findFirst()
        .orElseThrow();
  }

  private static ValidatableResponse screening(String token, Hub hub, UUID step, String reason) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", reason))
        .post("/api/cases/{c}/steps/{s}/screening-phase", hub.opened().caseId(), step)
        .then();
  }
}
