package be.permits.systemtests;

import static be.permits.systemtests.WholeStoryTest.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;

/**
 * The Liège hub after its permit: the operator hands in the first yearly attestation that customer
 * data stays in the EU/EEA, and state security accepts it on its desk; the second comes late, the
 * clock engine escalates it to the operator and to state security, which finds a breach; the
 * enforcement case is on the desks of state security and the deciding authority, which closes it
 * with a sanction that the operator is told of. What state security wrote in its assessment reaches
 * neither the operator, nor Kafka, nor a log.
 */
final class AfterThePermit {
  /** The scheduler looks every minute; a run may just have passed. */
  private static final Duration CLOCK_ENGINE = Duration.ofSeconds(150);

  private AfterThePermit() {}

  static void follow(String id, String reference, String assessmentText) throws Exception {
    JsonPath obligations =
        await()
            .atMost(WholeStoryTest.PATIENCE)
            .until(
                () ->
                    as("bob")
                        .get("/api/applications/{id}/obligations", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath(),
                found -> found.getList("$").size() == 2);
    assertEquals(List.of("STATE_SECURITY", "STATE_SECURITY"), obligations.getList("agency"));
    String yearly = obligations.getString("find { it.everyMonths == 12 }.id");
    LocalDate firstDue =
        LocalDate.parse(obligations.getString("find { it.id == '" + yearly + "' }.nextDue"));

    // Bob hands in the first attestation, in Dutch, from the condition's page.
    Path attestation = Files.createTempFile("attestation-2027", ".pdf");
    Files.writeString(attestation, "%PDF-1.7\n%%EOF\n", StandardCharsets.US_ASCII);
    try (Browser browser = new Browser("nl")) {
      browser.open("/applications/" + id);
      browser.logIn("bob");
      assertTrue(browser.source().contains("Bewijs verwacht uiterlijk op"), "where it stands");
      browser.open("/applications/" + id + "/obligations/" + yearly);
      browser.assertWellMade("a condition of the permit, nl");
      browser.type("f-statement", "Attest 2027 van de auditor: de klantgegevens blijven in de EU.");
      browser.find(By.id("f-file")).sendKeys(attestation.toString());
      browser.press(By.cssSelector("form[action$='/evidence'] button"));
      assertTrue(browser.source().contains("Uw bewijs is ingediend"), browser.source());
      assertTrue(browser.source().contains(attestation.getFileName().toString()));
    } finally {
      Files.deleteIfExists(attestation);
    }

    // Sophie, state security, accepts it on her desk.
    String desk = "/desk/obligations/" + yearly;
    try (Browser browser = new Browser("fr")) {
      browser.open("/desk/obligations");
      browser.logIn("sophie");
      await()
          .atMost(WholeStoryTest.PATIENCE)
          .until(
              () -> {
                browser.open("/desk/obligations");
                return browser.source().contains("Preuve à examiner");
              });
      browser.assertWellMade("obligations of state security, fr");
      browser.open(desk);
      assertTrue(browser.source().contains("Attest 2027 van de auditor"));
      browser.assertWellMade("an obligation to review, fr");
      browser.choose("f-outcome-ACCEPTED");
      browser.press(By.cssSelector("form[action$='/reviews'] button"));
      assertTrue(browser.source().contains("La preuve est acceptée."), browser.source());
    }
    String next =
        await()
            .atMost(WholeStoryTest.PATIENCE)
            .until(
                () ->
                    as("bob")
                        .get("/api/applications/{id}/obligations", id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("find { it.id == '" + yearly + "' }.handedIn[0].outcome"),
                "ACCEPTED"::equals);
    LocalDate secondDue =
        LocalDate.parse(
            as("bob")
                .get("/api/applications/{id}/obligations", id)
                .then()
                .extract()
                .jsonPath()
                .getString("find { it.id == '" + yearly + "' }.nextDue"));
    assertFalse(secondDue.isBefore(firstDue.plusMonths(12)), next + ": the next a year later");

    // A year on, the second attestation does not come: the clock engine escalates it.
    dueYesterday("review", "obligation", yearly);
    dueYesterday("permit", "permit_obligation", yearly);
    await()
        .atMost(CLOCK_ENGINE)
        .until(
            () ->
                RunningSuite.receivedMail()
                    .contains("Een achterstallig bewijs voor uw vergunning " + reference));
    await()
        .atMost(WholeStoryTest.PATIENCE)
        .until(
            () ->
                RunningSuite.receivedMail()
                    .contains("Permis " + reference + " : une preuve en retard"));
    try (Browser browser = new Browser("fr")) {
      browser.open(desk);
      browser.logIn("sophie");
      assertTrue(browser.source().contains("En retard"), "overdue on the desk");
      browser.type("f-reason", "Aucune attestation pour la deuxième année, malgré le rappel.");
      browser.press(By.cssSelector("form[action$='/reviews'] button"));
      assertTrue(browser.source().contains("Le manquement est enregistré"), browser.source());
      browser.open("/desk/enforcement");
      assertTrue(browser.source().contains("ENF-"), "on state security's desk");
      browser.assertWellMade("enforcement cases, fr");
    }
    String enforcement =
        await()
            .atMost(WholeStoryTest.PATIENCE)
            .until(
                () ->
                    as("bob")
                        .get("/api/applications/{id}/obligations", id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("find { it.id == '" + yearly + "' }.enforcementReference"),
                found -> found != null);
    as("bob")
        .get("/api/applications/{id}/obligations", id)
        .then()
        .body("find { it.id == '" + yearly + "' }.lastOutcome", equalTo("BREACH"));
    try (Browser browser = new Browser("de")) {
      browser.open("/desk/enforcement");
      browser.logIn("diane");
      browser.open("/desk/enforcement?lang=de");
      assertTrue(browser.source().contains(enforcement), "on the deciding authority's desk");
      browser.open(
          java.net
              .URI
              .create(browser.find(By.linkText(enforcement)).getAttribute("href"))
              .getPath());
      assertTrue(browser.source().contains("Aucune attestation pour la deuxième année"));
      browser.assertWellMade("an enforcement case, deciding authority, de");
      // The deciding authority closes it: a sanction, with its words to the operator.
      browser.choose("f-outcome-SANCTIONED");
      browser.type("f-reason", "Verwaltungsstrafe von 25.000 Euro: die Bescheinigung fehlt.");
      browser.press(By.cssSelector("form[action$='/close'] button[type=submit]"));
      assertTrue(browser.source().contains("Abgeschlossen: sanktioniert"), browser.source());
      browser.assertWellMade("a closed enforcement case, deciding authority, de");
    }
    await()
        .atMost(WholeStoryTest.PATIENCE)
        .until(() -> RunningSuite.receivedMail().contains("handhavingsdossier " + enforcement));
    // Bob (Dutch) reads how it ended.
    await()
        .atMost(WholeStoryTest.PATIENCE)
        .until(
            () ->
                RunningSuite.receivedMail()
                    .contains("sloot handhavingsdossier " + enforcement + " af"));

    // The assessment stayed with state security.
    for (String database : SuiteBacklog.DATABASES) {
      assertEquals(
          0,
          SuiteBacklog.count(
              database,
              "SELECT count(*) FROM outbox_event WHERE payload::text LIKE '%"
                  + assessmentText.replace("'", "''")
                  + "%'"),
          "no event of " + database + " carries the assessment");
    }
    assertTrue(
        SuiteBacklog.count(
                "review",
                "SELECT count(*) FROM outbox_event WHERE type = 'review.obligation-reviewed.v1'")
            >= 2,
        "the events that were looked through are there");
    for (String service : List.of("permit-service", "review-service", "notification-service")) {
      assertFalse(
          Files.readString(RunningSuite.logs().resolve(service + ".log")).contains(assessmentText),
          "no log of " + service + " holds the assessment");
    }
    String bobsPage = as("bob").get("/api/applications/{id}", id).then().extract().asString();
    assertFalse(bobsPage.contains(assessmentText), "the applicant never reads it");
  }

  /** Moves an obligation's next due date to yesterday, as if a year had passed. */
  private static void dueYesterday(String database, String table, String obligation)
      throws Exception {
    try (Connection c = SuiteBacklog.database(database);
        PreparedStatement moved =
            c.prepareStatement(
                "UPDATE " + table + " SET next_due = current_date - 1 WHERE id = ?")) {
      moved.setObject(1, UUID.fromString(obligation));
      assertEquals(1, moved.executeUpdate());
    }
  }
}
