package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewInquiryOpened;
import be.permits.contracts.review.ReviewObservationPublished;
import be.permits.contracts.review.ReviewObservationReceived;
import be.permits.contracts.review.ReviewOpened;
import be.permits.review.Cases.OpenCase;
import be.permits.review.domain.ProcedureRegimes.Phase;
import be.permits.review.service.Inquiries;
import be.permits.review.service.InquiryClosing;
import be.permits.review.service.ProcedureClock;
import be.permits.support.clock.Deadlines.Running;
import be.permits.support.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The public inquiry of a class 2 establishment: opened with the review, read and answered by
 * anyone without login, observations confirmed by their sender, redacted before anyone outside the
 * agencies reads them, bounded against floods, and waited for by the decision.
 */
@QuarkusTest
class InquiryTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  @Inject MovableClock clock;
  @Inject ProcedureClock procedure;
  @Inject Inquiries inquiries;
  @Inject InquiryClosing closing;
  @Inject EntityManager em;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  record Hub(PermitSubmitted application, ReviewOpened opened, ReviewInquiryOpened inquiry) {}

  static Hub hubUnderInquiry() {
    PermitSubmitted hub = Submissions.liegeHub();
    be.permits.testsupport.KafkaEvents.publish(
        EventType.PERMIT_SUBMITTED, hub.applicationId(), hub, UUID.randomUUID());
    ReviewOpened opened = Cases.awaitOpened(hub.applicationId()).dataAs(ReviewOpened.class);
    ReviewInquiryOpened inquiry =
        Cases.awaitEvent(
            hub.applicationId(), EventType.REVIEW_INQUIRY_OPENED, ReviewInquiryOpened.class);
    return new Hub(hub, opened, inquiry);
  }

  static String csrf(String reference) {
    return csrfOf("/inquiries/" + reference);
  }

  /** The CSRF token of the form on the public page at {@code path}. */
  static String csrfOf(String path) {
    Matcher m = CSRF.matcher(given().get(path).then().statusCode(200).extract().asString());
    assertTrue(m.find(), "the page's form carries a CSRF token");
    return m.group(1);
  }

  static ValidatableResponse send(String reference, String email, String text, byte[] pdf) {
    return send(csrf(reference), reference, email, text, pdf);
  }

  static ValidatableResponse send(
      String token, String reference, String email, String text, byte[] pdf) {
    var request =
        given()
            .redirects()
            .follow(false)
            .cookie("csrf", token)
            .multiPart("csrf", token)
            .multiPart("observerName", "Jeanne Voisin")
            .multiPart("observerAddress", "Rue de l'Aéroport 3, 4460 Grâce-Hollogne")
            .multiPart("observerEmail", email)
            .multiPart("stance", "OBJECTION")
            .multiPart("topics", "NOISE")
            .multiPart("topics", "TRAFFIC")
            .multiPart("observation", text);
    if (pdf != null) {
      request = request.multiPart("document", "plan.pdf", pdf, "application/pdf");
    }
    return request.post("/inquiries/" + reference + "/observations").then();
  }

  private static final Caller COLETTE =
      new Caller(
          "colette",
          "Colette Dubois",
          null,
          "fr",
          Set.of("reviewer", "coordinator"),
          null,
          Agency.COORDINATION);

  @Test
  void anyoneReadsTheInquiryAndSendsAnObservationThatCountsOnceConfirmedAndIsPublishedRedacted() {
    Hub hub = hubUnderInquiry();
    String reference = hub.application().reference();
    LocalDate today = LocalDate.now(clock);
    var rule =
        procedure
            .regimes()
            .regime("permis-unique-class-2")
            .orElseThrow()
            .phase(Phase.PUBLIC_INQUIRY)
            .orElseThrow();
    assertEquals(today.plusDays(1), hub.inquiry().startsOn());
    assertEquals(
        procedure
            .deadlines()
            .dueDate(Running.from(today, rule.period()).suspendedDuring(rule.suspensionPeriods()))
            .orElseThrow(),
        hub.inquiry().endsOn());
    // The inquiry takes observations from its first day.
    clock.advance(Duration.ofDays(1));

    // Anyone, without login, reads what is proposed, where, and the public documents only.
    given()
        .get("/inquiries/" + reference + "?lang=fr")
        .then()
        .statusCode(200)
        .body(containsString("Enquête publique " + reference))
        .body(anyOf(containsString("100\u202f000 m²"), containsString("100\u00a0000 m²")))
        .body(containsString("Site plan.pdf"))
        .body(not(containsString("alice@example.org")))
        .body(not(containsString(hub.opened().caseId().toString())))
        .body(not(containsString("Se déconnecter")));

    send(
            reference,
            "jeanne@example.org",
            "Le bruit des avions la nuit, appelez-moi au 0471 23 45 67.",
            "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
        .statusCode(303)
        .header("Location", containsString("/inquiries/" + reference + "?done=sent"));
    ReviewObservationReceived received =
        Cases.awaitEvent(
            hub.application().applicationId(),
            EventType.REVIEW_OBSERVATION_RECEIVED,
            ReviewObservationReceived.class);
    assertEquals("jeanne@example.org", received.observer().email());

    // Unconfirmed, it does not count; opening the link confirms nothing by itself.
    caseAs(Cases.URBAN_PLANNING, hub).body("inquiry.observations.size()", equalTo(0));
    given()
        .get("/inquiries/confirmations/" + received.confirmationToken())
        .then()
        .statusCode(200)
        .body(containsString(reference));
    caseAs(Cases.URBAN_PLANNING, hub).body("inquiry.observations.size()", equalTo(0));
    String token = csrf(reference);
    given()
        .redirects()
        .follow(false)
        .cookie("csrf", token)
        .formParam("csrf", token)
        .post("/inquiries/confirmations/" + received.confirmationToken())
        .then()
        .statusCode(303);

    // The agencies read it as sent, counted by stance and topic.
    caseAs(Cases.URBAN_PLANNING, hub)
        .body("inquiry.observations.size()", equalTo(1))
        .body("inquiry.byStance.OBJECTION", equalTo(1))
        .body("inquiry.byTopic.NOISE", equalTo(1))
        .body("inquiry.observations[0].originalText", containsString("0471 23 45 67"))
        .body("inquiry.observations[0].documentName", equalTo("plan.pdf"));
    // Nobody outside reads it before it is redacted and published.
    given().get("/inquiries/" + reference).then().body(not(containsString("Le bruit des avions")));

    assertThrows(
        be.permits.support.refusal.Refusal.class,
        () -> inquiries.publish(asReviewer(), hub.opened().caseId(), received.observationId(), "x"),
        "only a coordinating official publishes");
    inquiries.publish(
        COLETTE,
        hub.opened().caseId(),
        received.observationId(),
        "Le bruit des avions la nuit, […].");
    ReviewObservationPublished published =
        Cases.awaitEvent(
            hub.application().applicationId(),
            EventType.REVIEW_OBSERVATION_PUBLISHED,
            ReviewObservationPublished.class);
    assertEquals("Le bruit des avions la nuit, […].", published.redactedText());
    given()
        .get("/inquiries/" + reference)
        .then()
        .body(containsString("Le bruit des avions la nuit, […]."))
        .body(not(containsString("0471")))
        .body(not(containsString("Jeanne Voisin")));

    // What the sender wrote stays as sent, whatever the database's administrator tries.
    assertThrows(
        RuntimeException.class,
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () ->
                        em.createNativeQuery(
                                "UPDATE observation SET original_text = 'rewritten' WHERE id = ?1")
                            .setParameter(1, received.observationId())
                            .executeUpdate()));
  }

  @Test
  void floodsAndWrongDocumentsAreRefusedAndChangeNothing() {
    Hub hub = hubUnderInquiry();
    String reference = hub.application().reference();
    clock.advance(Duration.ofDays(1));
    send(reference, "not an address", "Texte", null)
        .statusCode(422)
        .body(containsString("f-observerEmail"));
    send(reference, "paul@example.org", "Texte", "<html>".getBytes(StandardCharsets.US_ASCII))
        .statusCode(422)
        .body(containsString("f-document"));
    for (int i = 0; i < 3; i++) {
      send(reference, "Paul@Example.org", "Observation " + i, null).statusCode(303);
    }
    send(reference, "paul@example.org", "One more", null).statusCode(409);
    assertEquals(
        3L,
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createQuery(
                            "SELECT count(o) FROM Observation o WHERE o.caseId = :case", Long.class)
                        .setParameter("case", hub.opened().caseId())
                        .getSingleResult()),
        "the refused ones wrote nothing");
    // The inquiry ends: the form is gone, and a late observation is refused.
    String earlier = csrf(reference);
    clock.advance(Duration.ofDays(60));
    given()
        .get("/inquiries/" + reference)
        .then()
        .statusCode(200)
        .body(not(containsString("<form method=\"post\" action=\"/inquiries/")));
    send(earlier, reference, "late@example.org", "Too late", null).statusCode(409);
    // An unknown reference or token answers 404.
    given().get("/inquiries/PA-1999-000001").then().statusCode(404);
    given().get("/inquiries/confirmations/" + "A".repeat(43)).then().statusCode(404);
  }

  @Test
  void anyoneReadsTheProceduresMilestonesButNotWhichAgenciesGiveAnOpinion() {
    Hub hub = hubUnderInquiry();
    String reference = hub.application().reference();
    String page =
        given()
            .get("/timetables/" + reference + "?lang=fr")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    for (String milestone :
        List.of("Dossier reçu", "Dossier complet", "Enquête publique", "Décision")) {
      assertTrue(page.contains(milestone), milestone);
    }
    assertTrue(page.contains("Grâce-Hollogne") || page.contains("Gr&acirc;ce"), "the municipality");
    for (String hidden : List.of("Sûreté", "Sûreté", "douane", "Douane", "filtrage", "alice")) {
      assertTrue(!page.contains(hidden), hidden + " stays with the applicant and the agencies");
    }
    given().get("/timetables/PA-1999-000001").then().statusCode(404);
  }

  @Test
  void theDecisionWaitsForTheInquiryToClose() {
    Hub hub = hubUnderInquiry();
    OpenCase c = new OpenCase(hub.application(), hub.opened().caseId(), null);
    for (ReviewOpened.Step step : hub.opened().steps()) {
      String reviewer = Cases.reviewerOf(step.agency());
      Cases.act(reviewer, c, step.stepId(), "claim").statusCode(200);
      Cases.decide(reviewer, c, step.stepId(), Map.of("outcome", "APPROVE")).statusCode(200);
      if (Cases.fourEyes(step.agency())) {
        String second = Cases.secondReviewerOf(step.agency());
        Cases.declareNoConflict(second, c, step.stepId()).statusCode(200);
        Cases.act(second, c, step.stepId(), "confirm").statusCode(200);
      }
    }
    // Every agency has given its opinion; the inquiry still runs: no decision yet.
    caseAs(Cases.URBAN_PLANNING, hub)
        .body("steps.agency", not(hasItem("DECIDING_AUTHORITY")))
        .body("timetable.find { it.kind == 'INQUIRY' }.state", equalTo("PLANNED"));
    closing.closeBatch();
    caseAs(Cases.URBAN_PLANNING, hub).body("steps.agency", not(hasItem("DECIDING_AUTHORITY")));

    clock.advance(Duration.ofDays(60));
    closing.closeBatch();
    caseAs(Cases.URBAN_PLANNING, hub)
        .body("steps.agency", hasItem("DECIDING_AUTHORITY"))
        .body("inquiry.closedAt", org.hamcrest.Matchers.notNullValue())
        .body("timetable.find { it.kind == 'INQUIRY' }.state", equalTo("ON_TIME"));
  }

  private static Caller asReviewer() {
    return new Caller(
        "ursula", "Ursula", null, "fr", Set.of("reviewer"), null, Agency.URBAN_PLANNING);
  }

  private static ValidatableResponse caseAs(String token, Hub hub) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/cases/{id}", hub.opened().caseId())
        .then()
        .statusCode(200);
  }
}
