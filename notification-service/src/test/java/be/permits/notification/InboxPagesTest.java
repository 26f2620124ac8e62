package be.permits.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewOpened;
import be.permits.notification.domain.Notification;
import be.permits.notification.service.DailyDigest;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The inbox and preference pages, and what the preferences change in the messages. */
@QuarkusTest
@TestSecurity(user = "rita", roles = "applicant")
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "sub-rita"),
      @Claim(key = "name", value = "Rita"),
      @Claim(key = "locale", value = "fr")
    })
class InboxPagesTest {
  @Inject EntityManager em;
  @Inject DailyDigest digest;

  static String csrf(String page) {
    Matcher m =
        Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"")
            .matcher(given().get(page).then().statusCode(200).extract().asString());
    assertTrue(m.find(), "the page carries a CSRF token");
    return m.group(1);
  }

  Notification about(UUID applicationId, String recipient) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "FROM Notification WHERE applicationId = :id AND recipientSubject = :who"
                            + " AND kind <> :digest",
                        Notification.class)
                    .setParameter("id", applicationId)
                    .setParameter("who", recipient)
                    .setParameter("digest", Notification.Kind.DAILY_DIGEST)
                    .getResultStream()
                    .findFirst()
                    .orElse(null));
  }

  @Test
  void myChoicesSetTheLanguageAndTurnOffEmailsOfAKindButTheInboxKeepsThem() {
    String token = csrf("/inbox/preferences");
    given()
        .redirects()
        .follow(false)
        .cookie("csrf", token)
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("csrf", token)
        .formParam("locale", "de")
        .formParam("emailed", "REVIEW_OPENED", "INFORMATION_REQUESTED", "DECISION")
        .post("/inbox/preferences")
        .then()
        .statusCode(303);
    given()
        .get("/inbox/preferences?saved=true")
        .then()
        .body(containsString("Vos choix sont enregistrés."))
        .body(containsString("<option value=\"de\" lang=\"de\" selected>"));

    PermitSubmitted submitted =
        NotificationFlowTest.submitted(new Contact("sub-rita", "Rita", "rita@example.org", "fr"));
    KafkaEvents.publish(
        EventType.PERMIT_SUBMITTED, submitted.applicationId(), submitted, UUID.randomUUID());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> about(submitted.applicationId(), "sub-rita") != null);
    Notification muted = about(submitted.applicationId(), "sub-rita");
    assertEquals(Notification.Status.SKIPPED, muted.status);
    assertEquals("de", muted.locale, "written in the chosen language");

    given()
        .get("/inbox")
        .then()
        .statusCode(200)
        .body(containsString(muted.subject))
        .body(containsString("1 message non lu"))
        .body(containsString("<script src=\"/inbox/live.js\" defer></script>"));
    // The live page adds a message as the list shows it, in the reader's words.
    given()
        .get("/inbox/{id}", muted.id)
        .then()
        .statusCode(200)
        .body(containsString("<li class=\"unread\">"))
        .body(containsString(muted.subject))
        .body(containsString("action=\"/inbox/" + muted.id + "/read\""))
        .body(not(containsString("<html")));
    given().get("/inbox/{id}", UUID.randomUUID()).then().statusCode(404);
    // Searching finds it by part of its subject, in any case, and a miss says so.
    given()
        .queryParam("q", muted.subject.substring(0, 12).toUpperCase(java.util.Locale.ROOT))
        .get("/inbox")
        .then()
        .body(containsString(muted.subject));
    given()
        .get("/inbox?q=%25_nothing_like_this")
        .then()
        .body(containsString("Aucun message ne correspond."))
        .body(not(containsString(muted.subject)));
    given().get("/inbox?unread=true").then().body(containsString(muted.subject));
    String inboxToken = csrf("/inbox");
    given()
        .redirects()
        .follow(false)
        .cookie("csrf", inboxToken)
        .formParam("csrf", inboxToken)
        .post("/inbox/read-all")
        .then()
        .statusCode(303);
    given().get("/inbox").then().body(containsString("Rien de non lu."));
    given()
        .get("/inbox?unread=true")
        .then()
        .body(containsString("Aucun message ne correspond."))
        .body(containsString("id=\"f-unread\" name=\"unread\" value=\"true\" checked"));
    given()
        .redirects()
        .follow(false)
        .formParam("locale", "xx")
        .post("/inbox/preferences")
        .then()
        .statusCode(403);
  }

  @Test
  void anAgencyThatChoseTheDailySummaryGetsOneMessageForItsNewCases() throws Exception {
    String carl = TestTokens.reviewer("carl", "customs");
    given()
        .auth()
        .oauth2(carl)
        .contentType(ContentType.JSON)
        .body(Map.of("dailyDigest", true))
        .put("/api/notifications/agency-preferences")
        .then()
        .statusCode(200);
    try {
      String reference = "PA-2026-" + String.format("%06d", (int) (Math.random() * 1_000_000));
      UUID applicationId = UUID.randomUUID();
      KafkaEvents.publish(
          EventType.REVIEW_OPENED,
          applicationId,
          new ReviewOpened(
              UUID.randomUUID(),
              applicationId,
              reference,
              1,
              "2026.3",
              Instant.now(),
              new Contact("sub-alice", "Alice", null, "fr"),
              List.of(
                  new ReviewOpened.Step(
                      UUID.randomUUID(), Agency.CUSTOMS, "r", "why", LocalDate.of(2027, 1, 12)))),
          UUID.randomUUID());
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> about(applicationId, "mailbox:customs") != null);
      assertEquals(
          Notification.Status.DIGEST, about(applicationId, "mailbox:customs").status, "held");
      await()
          .during(Duration.ofMillis(1500))
          .atMost(Duration.ofSeconds(5))
          .until(() -> NotificationFlowTest.mailsAbout(reference).isEmpty());

      assertTrue(digest.summarise("mailbox:customs") >= 1);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  java.util.Arrays.stream(
                          be.permits.testsupport.SmtpTestResource.greenMail().getReceivedMessages())
                      .anyMatch(m -> NotificationFlowTest.subject(m).contains("résumé du")));
      MimeMessage summary =
          java.util.Arrays.stream(
                  be.permits.testsupport.SmtpTestResource.greenMail().getReceivedMessages())
              .filter(m -> NotificationFlowTest.subject(m).contains("résumé du"))
              .reduce((a, b) -> b)
              .orElseThrow();
      assertTrue(
          com.icegreen.greenmail.util.GreenMailUtil.getBody(summary).contains(reference),
          "the summary lists the case");
      assertEquals(Notification.Status.DIGESTED, about(applicationId, "mailbox:customs").status);
      assertEquals(0, digest.summarise("mailbox:customs"), "sent once");
    } finally {
      given()
          .auth()
          .oauth2(carl)
          .contentType(ContentType.JSON)
          .body(Map.of("dailyDigest", false))
          .put("/api/notifications/agency-preferences")
          .then()
          .statusCode(200);
    }
    given()
        .auth()
        .oauth2(TestTokens.applicant("alice", "skyway"))
        .contentType(ContentType.JSON)
        .body(Map.of("dailyDigest", true))
        .put("/api/notifications/agency-preferences")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(carl)
        .contentType(ContentType.JSON)
        .body(Map.of("locale", "xx", "mutedKinds", List.of()))
        .put("/api/notifications/preferences")
        .then()
        .statusCode(400)
        .body(not(containsString("Exception")));
  }
}
