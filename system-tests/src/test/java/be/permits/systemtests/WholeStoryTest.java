package be.permits.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * One application from submission to decision across the three services, with real tokens: state
 * security requests information, the applicant answers with a new revision, every agency decides,
 * the deciding authority concludes, and the applicant sees the decision.
 */
@ExtendWith(RunningSuite.class)
class WholeStoryTest {
  static final Duration PATIENCE = Duration.ofSeconds(60);

  /** The two standard conditions state security picks, as copied in Bob's language. */
  static final String EU_STORAGE =
      "Gegevens van klanten uit de EU, douaneaangiften en zendingstracering worden uitsluitend in"
          + " de EU/EER opgeslagen.";

  static final String NO_THIRD_COUNTRY_ADMINISTRATION =
      "Geen enkel systeem met gegevens van de site wordt van buiten de EU/EER beheerd of op"
          + " afstand bereikt.";

  static final String ASSESSMENT = "Les administrateurs de Shenzhen lisent le suivi.";

  static RequestSpecification as(String user) {
    return given().baseUri(RunningSuite.entryUrl()).auth().oauth2(RunningSuite.token(user));
  }

  static JsonPath myCase(String reviewer, String reference) {
    String caseId =
        await()
            .atMost(PATIENCE)
            .until(
                () ->
                    as(reviewer)
                        .queryParam("reference", reference)
                        .get("/api/cases")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("id"),
                ids -> !ids.isEmpty())
            .get(0);
    return as(reviewer).get("/api/cases/{id}", caseId).then().statusCode(200).extract().jsonPath();
  }

  static String myStep(JsonPath kase, String agency) {
    return kase.getString("steps.find { it.agency == '" + agency + "' }.id");
  }

  static void claimAndDecide(
      String reviewer, String agency, String reference, Map<String, Object> decision) {
    JsonPath kase = myCase(reviewer, reference);
    String caseId = kase.getString("id");
    String step = myStep(kase, agency);
    as(reviewer).post("/api/cases/{c}/steps/{s}/claim", caseId, step).then().statusCode(200);
    declareNoConflict(reviewer, caseId, step);
    as(reviewer)
        .contentType(ContentType.JSON)
        .body(decision)
        .post("/api/cases/{c}/steps/{s}/decision", caseId, step)
        .then()
        .statusCode(200);
  }

  /**
   * The municipality, environment, customs, data protection and FDI screening (with its four-eyes
   * confirmation) approve; state security and the deciding authority are left to the test.
   */
  static void everyAgencyButStateSecurityApproves(String reference) {
    Map<String, Object> approve = Map.of("outcome", "APPROVE");
    claimAndDecide("urbain", "URBAN_PLANNING", reference, approve);
    claimAndDecide("elise", "ENVIRONMENT", reference, approve);
    claimAndDecide("carl", "CUSTOMS", reference, approve);
    claimAndDecide("dana", "DATA_PROTECTION", reference, approve);
    claimAndDecide("farid", "FDI_SCREENING", reference, approve);
    JsonPath fdi = myCase("fiona", reference);
    declareNoConflict("fiona", fdi.getString("id"), myStep(fdi, "FDI_SCREENING"));
    as("fiona")
        .post("/api/cases/{c}/steps/{s}/confirm", fdi.getString("id"), myStep(fdi, "FDI_SCREENING"))
        .then()
        .statusCode(200);
  }

  /** Every reviewer declares that they have no conflict of interest before deciding. */
  static void declareNoConflict(String reviewer, String caseId, String step) {
    as(reviewer)
        .contentType(ContentType.JSON)
        .body(Map.of("conflict", false))
        .post("/api/cases/{c}/steps/{s}/interest", caseId, step)
        .then()
        .statusCode(200);
  }

  static void awaitStatus(String applicant, String id, String status) {
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                as(applicant)
                    .get("/api/applications/{id}", id)
                    .then()
                    .body("status", equalTo(status)));
  }

  @Test
  void theLiegeHubGoesFromTheWebFormThroughARequestForInformationToAnAuditedApproval()
      throws Exception {
    Submissions.Submitted submitted;
    try (Browser browser = new Browser("nl")) {
      browser.open("/applications");
      browser.logIn("bob");
      submitted = LiegeHubForm.submit(browser);
    }
    String id = submitted.id();
    String reference = submitted.reference();
    // The coordinating officials check the file first; complete, its review opens.
    awaitStatus("bob", id, "SUBMITTED");
    Submissions.fileComplete(reference);
    awaitStatus("bob", id, "UNDER_REVIEW");

    // The routing rules open a step for every agency the facts concern.
    assertEquals(
        Set.of(
            "COORDINATION",
            "URBAN_PLANNING",
            "ENVIRONMENT",
            "CUSTOMS",
            "STATE_SECURITY",
            "DATA_PROTECTION",
            "FDI_SCREENING"),
        Set.copyOf(myCase("sophie", reference).<String>getList("steps.agency")));

    // State security reads the declared flows: the platform administered from China and the
    // group's platform are flagged; Sophie assesses one and picks a standard condition.
    String flows = "/desk/cases/" + myCase("sophie", reference).getString("id") + "/flows";
    try (Browser browser = new Browser("fr")) {
      browser.open(flows);
      browser.logIn("sophie");
      String page = browser.source();
      assertTrue(page.contains("Chine (hors UE/EEE)"), "the diagram says where China is");
      assertTrue(page.contains("Administré à distance depuis un pays dont les lois imposent"));
      assertTrue(page.contains("Une plateforme du groupe a accès à des données commerciales"));
      browser.assertWellMade("flows review, state security, fr");
      browser.choose("f-flags-0--likelihood-HIGH");
      browser.choose("f-flags-0--impact-HIGH");
      browser.type("f-flags-0--justification", ASSESSMENT);
      new Select(browser.find(By.id("f-flags-0--condition")))
          .selectByValue("no-third-country-administration");
      browser.press(By.cssSelector("form[action$='/assessments'] button"));
      assertTrue(
          browser.source().contains("L&#39;évaluation est enregistrée.")
              || browser.source().contains("L'évaluation est enregistrée."));
      browser.choose("f-conditions-eu-storage");
      browser.press(By.cssSelector("form[action$='/flows/conditions'] button"));
      assertTrue(browser.source().contains("Les conditions sont proposées."));
    }
    try (Browser browser = new Browser("de")) {
      browser.open(flows);
      browser.logIn("sophie");
      // Sophie's profile says French; she switches the page to German.
      browser.open(flows + "?lang=de");
      assertTrue(
          browser.source().contains("2 Hinweise, davon 1 noch nicht bewertet."), browser.source());
      browser.assertWellMade("flows review, state security, de");
    }

    claimAndDecide(
        "sophie",
        "STATE_SECURITY",
        reference,
        Map.of(
            "outcome", "REQUEST_INFORMATION",
            "questions",
                List.of(
                    "Welke groepsentiteiten hebben toegang tot het systeem voor magazijnbeheer?"),
            "dueDate", LocalDate.now().plusDays(20).toString()));
    awaitStatus("bob", id, "INFORMATION_REQUESTED");
    // Bob answers in his browser, on the file page, with a document.
    Path matrix = Files.createTempFile("access-matrix", ".pdf");
    Files.writeString(matrix, "%PDF-1.7\n%%EOF\n", StandardCharsets.US_ASCII);
    try (Browser browser = new Browser("nl")) {
      browser.open("/applications/" + id);
      browser.logIn("bob");
      assertTrue(
          browser.source().contains("Staatsveiligheid vraagt bijkomende informatie"),
          "the open request names the agency");
      assertTrue(browser.source().contains("Welke groepsentiteiten hebben toegang"));
      browser.assertWellMade("file page with a request for information");
      browser.type("f-answer", "Alleen de Belgische entiteit, via een afgescheiden omgeving.");
      new Select(browser.find(By.id("f-kind"))).selectByValue("OTHER");
      browser.find(By.id("f-file")).sendKeys(matrix.toString());
      browser.press(By.cssSelector("form[action$='/answer'] button"));
      assertTrue(browser.source().contains("U hebt geantwoord (revisie 2)"), browser.source());
      assertTrue(browser.source().contains(matrix.getFileName().toString()));
    } finally {
      Files.deleteIfExists(matrix);
    }
    as("bob")
        .get("/api/applications/{id}/information-requests", id)
        .then()
        .statusCode(200)
        .body("[0].answerRevision", equalTo(2));
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                org.junit.jupiter.api.Assertions.assertEquals(
                    "OPEN",
                    myCase("sophie", reference)
                        .getString("steps.find { it.agency == 'STATE_SECURITY' }.status")));

    JsonPath kase = myCase("sophie", reference);
    String caseId = kase.getString("id");
    as("sophie")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "outcome",
                "APPROVE_WITH_CONDITIONS",
                "conditions",
                List.of(EU_STORAGE, NO_THIRD_COUNTRY_ADMINISTRATION)))
        .post("/api/cases/{c}/steps/{s}/decision", caseId, myStep(kase, "STATE_SECURITY"))
        .then()
        .statusCode(200)
        .body("status", equalTo("PROPOSED"));
    // Four eyes: a second reviewer of state security confirms.
    declareNoConflict("simon", caseId, myStep(kase, "STATE_SECURITY"));
    as("simon")
        .post("/api/cases/{c}/steps/{s}/confirm", caseId, myStep(kase, "STATE_SECURITY"))
        .then()
        .statusCode(200)
        .body("status", equalTo("DECIDED"));
    Map<String, Object> approve = Map.of("outcome", "APPROVE");
    everyAgencyButStateSecurityApproves(reference);
    // The decision waits for the public inquiry of a class 2 establishment to end.
    Submissions.inquiryEnded(reference);
    claimAndDecide("diane", "DECIDING_AUTHORITY", reference, approve);

    awaitStatus("bob", id, "APPROVED_WITH_CONDITIONS");
    as("bob")
        .get("/api/applications/{id}", id)
        .then()
        .body("decision.conditions", hasItem(EU_STORAGE));
    try (Browser browser = new Browser("nl")) {
      browser.open("/applications/" + id);
      browser.logIn("bob");
      assertTrue(browser.source().contains("Verleend onder voorwaarden"), "the decision is shown");
      assertTrue(browser.source().contains(EU_STORAGE));
      browser.assertWellMade("file page with the decision");
    }
    as("bob")
        .queryParam("from", 1)
        .queryParam("to", 2)
        .get("/api/applications/{id}/revisions/diff", id)
        .then()
        .statusCode(200);

    // The decision reaches Bob by email, in Dutch, and in his inbox.
    await()
        .atMost(PATIENCE)
        .until(() -> RunningSuite.receivedMail().contains("Beslissing over aanvraag " + reference));
    assertTrue(RunningSuite.receivedMail().contains("bob@permits.example"));
    assertTrue(
        as("bob")
            .queryParam("limit", 200)
            .get("/api/notifications")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .<String>getList("findAll { it.applicationId == '" + id + "' }.kind")
            .contains("DECISION"),
        "the decision is in Bob's inbox");

    // An auditor reconstructs every step: the application's timeline, then a sealed export.
    List<String> actions =
        as("audrey")
            .get("/api/audit/applications/{id}", id)
            .then()
            .statusCode(200)
            .extract()
            .path("action");
    assertTrue(
        actions.containsAll(
            List.of(
                "permit.submitted.v1",
                "review.information-requested.v1",
                "permit.information-provided.v1",
                "review.concluded.v1")),
        actions.toString());
    String export =
        as("audrey")
            .queryParam("format", "jsonl")
            .get("/api/audit/export")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(export.contains(id), "the export holds the application's history");
    LedgerExports.assertVerifiesOffline(export);

    // After the permit: its conditions are followed, and a breach opens an enforcement case.
    AfterThePermit.follow(id, reference, ASSESSMENT);

    // Anyone reads how the agencies keep their deadlines, without login, in two languages.
    for (String lang : List.of("fr", "nl")) {
      try (Browser browser = new Browser(lang)) {
        browser.open("/figures?agency=STATE_SECURITY&lang=" + lang);
        assertTrue(
            browser
                .source()
                .contains(
                    lang.equals("fr")
                        ? "Comment les autorités tiennent leurs délais"
                        : "Hoe de instanties hun termijnen halen"));
        assertTrue(browser.source().contains("<svg"), "state security decided this month");
        browser.assertWellMade("public figures, state security, " + lang);
      }
    }
  }
}
