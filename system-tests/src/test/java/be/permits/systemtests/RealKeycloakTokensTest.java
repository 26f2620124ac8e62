package be.permits.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every service accepts the real realm's tokens, checks their roles and claims, and answers through
 * the entry point; the demo data has flowed from submission to review to notification.
 */
@ExtendWith(RunningSuite.class)
class RealKeycloakTokensTest {

  static RequestSpecification as(String user) {
    return given().baseUri(RunningSuite.entryUrl()).auth().oauth2(RunningSuite.token(user));
  }

  /** Alice's demo application (other tests add applications of their own). */
  /** Alice's submitted demo application (the matrix may leave empty drafts beside it). */
  static String demoReference() {
    return as("alice")
        .get("/api/applications")
        .then()
        .statusCode(200)
        .extract()
        .path("find { it.status != 'DRAFT' }.reference");
  }

  static String demoCaseId() {
    String reference = demoReference();
    List<String> ids =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    as("sophie")
                        .queryParam("reference", reference)
                        .get("/api/cases")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("id"),
                list -> !((List<?>) list).isEmpty());
    return ids.get(0);
  }

  @Test
  void theDemoApplicantSeesTheLiegeHubAndOnlyApplicantsMayCallThePermitApi() {
    // Only submitted ones: the authorization matrix leaves empty drafts of its own.
    as("alice")
        .get("/api/applications")
        .then()
        .statusCode(200)
        .body("findAll { it.status != 'DRAFT' }", hasSize(1))
        .body("find { it.status != 'DRAFT' }.site.name", equalTo("Liège Airport logistics hub"))
        .body("find { it.status != 'DRAFT' }.project.requestedFloorArea", equalTo(100000));
    as("bob")
        .get("/api/applications")
        .then()
        .statusCode(200)
        .body("reference", not(hasItem(demoReference())));
    as("sophie").get("/api/applications").then().statusCode(403);
    given().baseUri(RunningSuite.entryUrl()).get("/api/applications").then().statusCode(401);
  }

  @Test
  void aReviewerOfARoutedAgencyReadsTheCaseAndAnAgencyWithoutAStepGets404() {
    String caseId = demoCaseId();
    as("sophie")
        .get("/api/cases/{id}", caseId)
        .then()
        .statusCode(200)
        .body("steps.agency", hasItem("STATE_SECURITY"))
        .body("application.organisation.ultimateParentCountry", equalTo("CN"));
    as("farid").get("/api/cases/{id}", caseId).then().statusCode(200);
    // The deciding authority has no step until every advisory step is done.
    as("diane").get("/api/cases/{id}", caseId).then().statusCode(404);
    as("alice").get("/api/cases/{id}", caseId).then().statusCode(403);
  }

  @Test
  void administratorsAndNoOneElseReadTheRoutingRules() {
    as("adam")
        .get("/api/admin/routing-rules")
        .then()
        .statusCode(200)
        .body("version", equalTo("2026.5"));
    as("audrey").get("/api/admin/routing-rules").then().statusCode(403);
  }

  @Test
  void theApplicantIsToldByEmailAndInTheInboxAndOnlyTheApplicant() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> RunningSuite.receivedMail().contains("en cours d'examen"));
    String mail = RunningSuite.receivedMail();
    assertTrue(mail.contains("alice@permits.example"), mail);
    assertTrue(mail.contains("Sûreté de l'État"), mail);
    // Reviewers are found in Keycloak by notification-service's service account: the state
    // security service's people are told of the new case, in their language.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> RunningSuite.receivedMail().contains("sophie@permits.example"));
    mail = RunningSuite.receivedMail();
    assertTrue(mail.contains("simon@permits.example"), "every member of the agency is told");
    assertTrue(mail.contains("pour votre autorit"), "Sophie reads French");
    assertTrue(mail.contains("voor uw instantie"), "Simon reads Dutch");
    String demoId = as("alice").get("/api/applications").then().extract().path("[-1].id");
    as("alice")
        .get("/api/notifications")
        .then()
        .statusCode(200)
        .body("kind", hasItem("REVIEW_OPENED"))
        .body("applicationId", hasItem(demoId));
    // Bob has applications and notifications of his own (other tests), never Alice's.
    as("bob")
        .get("/api/notifications")
        .then()
        .statusCode(200)
        .body("applicationId", not(hasItem(demoId)));
  }

  @Test
  void internalEndpointsAreNotReachableThroughTheEntryPoint() {
    given().baseUri(RunningSuite.entryUrl()).get("/q/openapi").then().statusCode(404);
  }

  /**
   * Keycloak's brute-force detection (realm: 5 failures, then a wait that grows from a minute, at
   * most 15 minutes): after repeated wrong passwords even the right one is refused for a while.
   * Keycloak answers a wrong password 401 and a locked account 400 ({@code invalid_grant} both);
   * its quick-login check may lock the account before the fifth failure when they come this fast.
   */
  @Test
  void repeatedWrongPasswordsLockTheAccountForAWhile() throws Exception {
    String username = "lockout-" + System.nanoTime();
    String user = Tokens.temporaryUser(username, "the-right-password");
    try {
      assertEquals(200, Tokens.passwordGrant(username, "the-right-password"));
      for (int i = 0; i < 5; i++) {
        int refused = Tokens.passwordGrant(username, "a-wrong-password-" + i);
        assertTrue(refused == 401 || refused == 400, "a wrong password answered " + refused);
      }
      assertEquals(400, Tokens.passwordGrant(username, "the-right-password"), "locked out for now");
    } finally {
      Tokens.deleteUser(user);
    }
  }
}
