package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.review.ledger.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

/** The auditor console: search, verification and export, in the auditor's language. */
@QuarkusTest
@TestSecurity(user = "audrey", roles = "auditor")
@OidcSecurity(
    claims = {@Claim(key = "sub", value = "sub-audrey"), @Claim(key = "locale", value = "fr")})
class AuditPagesTest {
  @jakarta.inject.Inject Ledger ledger;

  @Test
  void anAuditorSearchesVerifiesAndExports() {
    given()
        .get("/audit")
        .then()
        .statusCode(200)
        .body(containsString("<h1>Registre d&#39;audit</h1>"));
    given()
        .get("/audit/verify")
        .then()
        .statusCode(200)
        .body(containsString("La chaîne est intacte"));
    given()
        .get("/audit?action=audit.verify&actor=sub-audrey")
        .then()
        .statusCode(200)
        .body(containsString(">Chaîne vérifiée</td>"));
    given()
        .get("/audit?agency=SECRET-POLICE")
        .then()
        .statusCode(422)
        .body(containsString("id=\"f-agency-error\""));
    given()
        .get("/audit/export?format=csv")
        .then()
        .statusCode(200)
        .body(startsWith("seq,recordedAt,"))
        .body(containsString("#seal,"));
  }

  @Test
  void anAuditorFindsAPersonByNameReadsWhatHappenedInWordsAndExportsOneApplication() {
    Cases.OpenCase c = Cases.localWarehouse();
    Cases.act(Cases.URSULA, c, c.stepId(), "claim").statusCode(200);
    Cases.decide(Cases.URSULA, c, c.stepId(), java.util.Map.of("outcome", "APPROVE"))
        .statusCode(200);
    String reference = c.submission().reference();
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () ->
                given()
                    .get("/audit/applications/{id}", c.submission().applicationId())
                    .then()
                    .extract()
                    .asString()
                    .contains("Étape décidée"));
    String timeline =
        given()
            .get("/audit/applications/{id}", c.submission().applicationId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(timeline.contains("<h1>Historique de " + reference + "</h1>"), timeline);
    assertTrue(timeline.contains("Ursula (examinateur, Commune, urbanisme)"), "who, by name");
    assertTrue(
        timeline.contains("Une personne non nommée dans la plateforme</td>"),
        "an actor the suite cannot name (this test publishes as test-actor, stating no role) is"
            + " not shown by id, nor given a role the event did not state");
    assertTrue(
        timeline.contains("pas encore prouvé</h2>")
            || timeline.contains("Cet historique est prouvé jusqu"),
        "the console says whether the history is proven against a witnessed checkpoint");
    assertEquals(java.util.List.of(), be.permits.testsupport.ReadablePage.problems(timeline));

    String found =
        given()
            .queryParam("actor", "ursu")
            .queryParam("action", "review.step-decided.v1")
            .queryParam("agency", "URBAN_PLANNING")
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(found.contains(">" + reference + "</a>"), "found by part of a name");
    assertTrue(found.contains("<option value=\"URBAN_PLANNING\" selected>"), "agencies listed");
    assertEquals(java.util.List.of(), be.permits.testsupport.ReadablePage.problems(found));

    String byReference =
        given()
            .queryParam("reference", reference.toLowerCase(java.util.Locale.ROOT))
            .queryParam("order", "OLDEST")
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(byReference.contains(">Demande déposée</td>"), "its history from the start");
    assertTrue(!byReference.contains(">Registre consulté</td>"), "only that application's entries");
    given()
        .queryParam("reference", "PA-1999-999999")
        .get("/audit")
        .then()
        .statusCode(422)
        .body(containsString("id=\"f-reference-error\""))
        .body(containsString("Aucune demande ne porte cette référence."));

    given()
        .queryParam("from", "2026-12-10")
        .queryParam("to", "2026-12-01")
        .get("/audit")
        .then()
        .statusCode(422)
        .body(containsString("id=\"f-to-error\""))
        .body(containsString("postérieur au premier jour"));

    String extract =
        given()
            .get("/audit/applications/{id}/export", c.submission().applicationId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String[] lines = extract.strip().split("\n");
    assertTrue(lines.length >= 2, extract);
    assertTrue(lines[0].startsWith("{\"format\":\"permits-ledger-extract/v2\""), "says its format");
    assertTrue(
        lines[lines.length - 1].contains(
            "\"extractOf\":\"" + c.submission().applicationId() + "\""),
        "says what it holds");
    // Entries wait for a witnessed checkpoint to be exported with their proofs (LedgerTrustTest).
    for (int i = 1; i < lines.length - 1; i++) {
      assertTrue(
          lines[i].contains("\"applicationId\":\"" + c.submission().applicationId() + "\""),
          "only this application: " + lines[i]);
    }
  }

  @Test
  void anAuditorSeesHowManyEntriesMatchAndPagesBothWaysInEitherOrder() {
    String actor = "sub-pager-" + java.util.UUID.randomUUID();
    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 1; i <= 230; i++) {
                ledger.append(
                    new Ledger.Fact(
                        null,
                        "test",
                        "review.note-shared.v1",
                        null,
                        actor,
                        "reviewer",
                        null,
                        "note " + i));
              }
            });
    String newest =
        given()
            .queryParam("actor", actor)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(newest.contains("230 entrées ; 1 à 100 affichées."), newest);
    assertTrue(newest.contains("<option value=\"NEWEST\" selected>"), "newest first by default");
    java.util.List<Long> first = entryNumbers(newest);
    assertEquals(100, first.size());
    assertTrue(first.get(0) > first.get(99), "newest first: " + first);
    assertTrue(!newest.contains("rel=\"prev\""), "nothing before the first page");

    String second = given().get(link(newest, "next")).then().statusCode(200).extract().asString();
    assertTrue(second.contains("230 entrées ; 101 à 200 affichées."), second);
    assertEquals(first.get(99) - 1, entryNumbers(second).get(0), "continues where it stopped");
    String third = given().get(link(second, "next")).then().statusCode(200).extract().asString();
    assertTrue(third.contains("201 à 230 affichées."), third);
    assertTrue(!third.contains("rel=\"next\""), "nothing after the last page");
    String back = given().get(link(third, "prev")).then().statusCode(200).extract().asString();
    assertEquals(entryNumbers(second), entryNumbers(back), "previous is the page before");
    assertTrue(back.contains("101 à 200 affichées."), back);

    String oldest =
        given()
            .queryParam("actor", actor)
            .queryParam("order", "OLDEST")
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    java.util.List<Long> ascending = entryNumbers(oldest);
    assertTrue(ascending.get(0) < ascending.get(99), "oldest first: " + ascending);
    assertEquals(entryNumbers(third).get(29), ascending.get(0), "the same entries, the other way");
    assertTrue(link(oldest, "next").contains("order=OLDEST"), "the order is kept");
    assertEquals(java.util.List.of(), be.permits.testsupport.ReadablePage.problems(second));

    // As the browser sends the form with nothing filled in: empty fields, and the order chosen.
    String everything =
        given()
            .urlEncodingEnabled(false)
            .get("/audit?actor=&reference=&agency=&action=&from=&to=&order=NEWEST")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String everythingNext =
        given().get(link(everything, "next")).then().statusCode(200).extract().asString();
    assertEquals(100, entryNumbers(everythingNext).size(), "a search of everything pages on");

    given()
        .queryParam("actor", actor)
        .queryParam("order", "newest")
        .queryParam("limit", 100)
        .get("/api/audit/entries")
        .then()
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.is(230))
        .body("totalExact", org.hamcrest.Matchers.is(true))
        .body("entries[0].seq", org.hamcrest.Matchers.is(first.get(0).intValue()))
        .body("next", org.hamcrest.Matchers.is(first.get(99).intValue()));
  }

  private static java.util.List<Long> entryNumbers(String page) {
    java.util.List<Long> numbers = new java.util.ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<tr>\\s*<td>([0-9\\u202f\\u00a0 .,]+)</td>").matcher(page);
    while (m.find()) {
      numbers.add(Long.parseLong(m.group(1).replaceAll("[^0-9]", "")));
    }
    return numbers;
  }

  private static String link(String page, String rel) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("href=\"([^\"]+)\" rel=\"" + rel + "\"").matcher(page);
    assertTrue(m.find(), "a " + rel + " link");
    return m.group(1).replace("&amp;", "&");
  }

  @Test
  @TestSecurity(user = "sam", roles = "reviewer")
  @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-sam")})
  void aReviewerHasNoConsole() {
    given().get("/audit").then().statusCode(403);
  }
}
