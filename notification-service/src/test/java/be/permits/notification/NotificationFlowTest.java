package be.permits.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.notification.NotificationSent;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewOpened;
import be.permits.notification.domain.Notification;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.KafkaEvents.ReceivedEvent;
import be.permits.testsupport.SmtpTestResource;
import be.permits.testsupport.TestTokens;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationFlowTest {
  @Inject EntityManager em;

  static PermitSubmitted submitted(Contact applicant) {
    UUID id = UUID.randomUUID();
    return new PermitSubmitted(
        id,
        "PA-2026-" + String.format("%06d", Math.floorMod(id.hashCode(), 1_000_000)),
        1,
        Instant.now(),
        applicant,
        new PermitSubmitted.Organisation(
            "Skyway Logistics Belgium SRL",
            "0403170701",
            "BE",
            "Skyway Group",
            "CN",
            BigDecimal.TEN),
        new PermitSubmitted.Site(
            "Hub", "Rue de l'Aéroport 50", "Grâce-Hollogne", List.of("A1"), true),
        new PermitSubmitted.Project(
            "EXPANSION", 30_000, 100_000, BigDecimal.TEN, 1_000_000L, 10, 3, false, false),
        new PermitSubmitted.DataProfile(
            List.of(),
            List.of("SHIPMENT_TRACKING"),
            List.of("BE"),
            List.of(),
            List.of(),
            List.of(),
            new PermitSubmitted.Customs(null, false, null)),
        List.of(),
        List.of());
  }

  static List<MimeMessage> mailsAbout(String reference) {
    return Arrays.stream(SmtpTestResource.greenMail().getReceivedMessages())
        .filter(m -> subject(m).contains(reference))
        .toList();
  }

  static List<MimeMessage> mailsTo(String reference, String address) {
    return mailsAbout(reference).stream()
        .filter(
            m -> {
              try {
                return recipient(m).equals(address);
              } catch (MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String recipient(MimeMessage message) throws MessagingException {
    return message.getAllRecipients()[0].toString();
  }

  @Test
  void theApplicantIsToldOfTheSubmissionInTheirLanguageOnceEvenIfTheEventComesTwice()
      throws Exception {
    PermitSubmitted event = submitted(new Contact("sub-alice", "Alice", "alice@example.org", "fr"));
    UUID eventId = UUID.randomUUID();
    KafkaEvents.publish(EventType.PERMIT_SUBMITTED, event.applicationId(), event, eventId);
    KafkaEvents.publish(EventType.PERMIT_SUBMITTED, event.applicationId(), event, eventId);

    await().atMost(Duration.ofSeconds(30)).until(() -> !mailsAbout(event.reference()).isEmpty());
    // Both records precede any later one on the partition; give the duplicate time to be seen.
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> mailsAbout(event.reference()).size() == 1);
    MimeMessage mail = mailsAbout(event.reference()).get(0);
    assertEquals("alice@example.org", recipient(mail));
    assertEquals("Demande " + event.reference() + " reçue", mail.getSubject());
    String body = GreenMailUtil.getBody(mail);
    assertTrue(body.contains("Bonjour Alice"), body);
    assertTrue(body.contains("text/html"), "an HTML part besides the text");

    List<ReceivedEvent> sent =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    KafkaEvents.readAll(Topics.NOTIFICATION_EVENTS).stream()
                        .filter(e -> event.applicationId().toString().equals(e.key()))
                        .toList(),
                events -> !events.isEmpty());
    assertEquals(1, sent.size());
    assertEquals(EventType.NOTIFICATION_SENT.type(), sent.get(0).type());
    assertEquals(
        List.of(), EventSchemas.violations(EventType.NOTIFICATION_SENT, sent.get(0).data()));
    NotificationSent data = sent.get(0).dataAs(NotificationSent.class);
    assertEquals(eventId, data.causeEventId());
    assertEquals("sub-alice", data.recipient());

    given()
        .auth()
        .oauth2(TestTokens.applicant("alice", "skyway"))
        .get("/api/notifications")
        .then()
        .statusCode(200)
        .body("subject", hasItem("Demande " + event.reference() + " reçue"));
    given()
        .auth()
        .oauth2(TestTokens.applicant("mallory", "skyway"))
        .get("/api/notifications")
        .then()
        .statusCode(200)
        .body("subject", not(hasItem("Demande " + event.reference() + " reçue")));
    given().get("/api/notifications").then().statusCode(401);
  }

  @Test
  void theApplicantLearnsWhichAuthoritiesReviewTheApplication() throws Exception {
    Contact applicant = new Contact("sub-dieter", "Dieter", "dieter@example.org", "de");
    UUID applicationId = UUID.randomUUID();
    ReviewOpened opened =
        new ReviewOpened(
            UUID.randomUUID(),
            applicationId,
            "PA-2026-123456",
            1,
            "2026.1",
            Instant.now(),
            applicant,
            List.of(
                new ReviewOpened.Step(
                    UUID.randomUUID(),
                    Agency.STATE_SECURITY,
                    "r",
                    "why",
                    LocalDate.of(2027, 1, 12)),
                new ReviewOpened.Step(
                    UUID.randomUUID(), Agency.CUSTOMS, "r", "why", LocalDate.of(2027, 1, 12))));
    KafkaEvents.publish(EventType.REVIEW_OPENED, applicationId, opened, UUID.randomUUID());

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !mailsTo("PA-2026-123456", "dieter@example.org").isEmpty());
    MimeMessage mail = mailsTo("PA-2026-123456", "dieter@example.org").get(0);
    assertEquals("dieter@example.org", recipient(mail));
    assertEquals("Antrag PA-2026-123456 wird geprüft", mail.getSubject());
    String body = GreenMailUtil.getBody(mail);
    assertTrue(body.contains("Staatssicherheit"), body);
    assertTrue(body.contains("Zoll"), body);
  }

  @Test
  void theApplicantIsAskedForInformationAndToldOfTheDecisionInTheirLanguage() throws Exception {
    UUID applicationId = UUID.randomUUID();
    KafkaEvents.publish(
        EventType.REVIEW_INFORMATION_REQUESTED,
        applicationId,
        new ReviewInformationRequested(
            UUID.randomUUID(),
            applicationId,
            "PA-2026-222222",
            UUID.randomUUID(),
            UUID.randomUUID(),
            Agency.STATE_SECURITY,
            List.of("Welke entiteiten van de groep hebben toegang?"),
            LocalDate.of(2027, 2, 1),
            Instant.now(),
            new Contact("sub-bob", "Bob", "bob@example.org", "nl")),
        UUID.randomUUID());
    KafkaEvents.publish(
        EventType.REVIEW_CONCLUDED,
        applicationId,
        new ReviewConcluded(
            UUID.randomUUID(),
            applicationId,
            "PA-2026-333333",
            "REJECTED",
            List.of(),
            List.of("The site lies in a protected water catchment."),
            Instant.now(),
            new Contact("sub-eve", "Eve", "eve@example.org", "en")),
        UUID.randomUUID());

    await().atMost(Duration.ofSeconds(30)).until(() -> !mailsAbout("PA-2026-222222").isEmpty());
    MimeMessage request = mailsAbout("PA-2026-222222").get(0);
    assertEquals("Informatie gevraagd over aanvraag PA-2026-222222", request.getSubject());
    String body = GreenMailUtil.getBody(request);
    assertTrue(body.contains("Staatsveiligheid"), body);
    // A date in the reader's words, not ISO.
    assertTrue(body.contains("1 februari 2027"), body);

    await().atMost(Duration.ofSeconds(30)).until(() -> !mailsAbout("PA-2026-333333").isEmpty());
    MimeMessage decision = mailsAbout("PA-2026-333333").get(0);
    assertEquals("eve@example.org", recipient(decision));
    assertEquals("Decision on application PA-2026-333333", decision.getSubject());
    assertTrue(GreenMailUtil.getBody(decision).contains("protected water catchment"));
    assertTrue(
        AppealNoticesTest.unfolded(GreenMailUtil.getBody(decision))
            .matches("(?s).*/applications/[0-9a-f-]{36}/decisions/DECISION.*"),
        "the decision email links to the sealed document on the applicant's file");
  }

  @Test
  void aRecipientWithoutAddressGetsNoMailAndTheNotificationSaysWhy() {
    PermitSubmitted event = submitted(new Contact("sub-noaddress", null, null, "en"));
    KafkaEvents.publish(
        EventType.PERMIT_SUBMITTED, event.applicationId(), event, UUID.randomUUID());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "SKIPPED".equals(statusOf(event.applicationId())));
    assertTrue(mailsAbout(event.reference()).isEmpty());
  }

  private String statusOf(UUID applicationId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<Notification.Status> statuses =
                  em.createQuery(
                          "SELECT n.status FROM Notification n WHERE n.applicationId = :id",
                          Notification.Status.class)
                      .setParameter("id", applicationId)
                      .getResultList();
              return statuses.isEmpty() ? null : statuses.get(0).name();
            });
  }
}
