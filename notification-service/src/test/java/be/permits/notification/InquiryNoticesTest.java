package be.permits.notification;

import static be.permits.notification.NotificationFlowTest.mailsTo;
import static be.permits.notification.NotificationFlowTest.recipient;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewInquiryOpened;
import be.permits.contracts.review.ReviewObservationReceived;
import be.permits.contracts.review.ReviewScreeningOpened;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The public inquiry's messages: the applicant learns that it runs and where its page is; the
 * sender of an observation, who has no account, receives the link that confirms it, and only they
 * do.
 */
@QuarkusTest
class InquiryNoticesTest {
  @Test
  void theApplicantLearnsOfTheInquiryWithItsDatesInTheirLanguage() throws Exception {
    UUID applicationId = UUID.randomUUID();
    Contact applicant = new Contact("sub-ann", "Ann", "ann@example.org", "nl");
    publish(
        EventType.REVIEW_INQUIRY_OPENED,
        applicationId,
        new ReviewInquiryOpened(
            UUID.randomUUID(),
            applicationId,
            "PA-2026-424242",
            LocalDate.of(2027, 1, 5),
            LocalDate.of(2027, 1, 20),
            Instant.now(),
            applicant));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !mailsTo("PA-2026-424242", "ann@example.org").isEmpty());
    MimeMessage mail = mailsTo("PA-2026-424242", "ann@example.org").get(0);
    assertEquals("Openbaar onderzoek over aanvraag PA-2026-424242", mail.getSubject());
    String body = AppealNoticesTest.unfolded(GreenMailUtil.getBody(mail));
    assertTrue(body.contains("5 januari 2027"), body);
    assertTrue(body.contains("20 januari 2027"), body);
    assertTrue(body.contains("/inquiries/PA-2026-424242"), body);
  }

  @Test
  void theSenderOfAnObservationReceivesTheLinkThatConfirmsIt() throws Exception {
    UUID applicationId = UUID.randomUUID();
    UUID observation = UUID.randomUUID();
    String token = "t".repeat(43);
    publish(
        EventType.REVIEW_OBSERVATION_RECEIVED,
        applicationId,
        new ReviewObservationReceived(
            UUID.randomUUID(),
            applicationId,
            "PA-2026-434343",
            observation,
            new Contact("observer-" + observation, "Jeanne", "jeanne@example.org", "fr"),
            token,
            Instant.parse("2027-01-07T10:00:00Z"),
            Instant.now()));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !mailsTo("PA-2026-434343", "jeanne@example.org").isEmpty());
    MimeMessage mail = mailsTo("PA-2026-434343", "jeanne@example.org").get(0);
    assertEquals("jeanne@example.org", recipient(mail));
    assertEquals("Confirmez votre observation sur PA-2026-434343", mail.getSubject());
    String body = AppealNoticesTest.unfolded(GreenMailUtil.getBody(mail));
    assertTrue(body.contains("/inquiries/confirmations/" + token), body);
    assertTrue(body.contains("7 janvier 2027"), body);
    assertEquals(1, NotificationFlowTest.mailsAbout("PA-2026-434343").size(), "to them alone");
  }

  @Test
  void theApplicantLearnsThatTheScreeningCommitteeOpenedItsScreeningPhaseAndWhy() throws Exception {
    UUID applicationId = UUID.randomUUID();
    publish(
        EventType.REVIEW_SCREENING_OPENED,
        applicationId,
        new ReviewScreeningOpened(
            UUID.randomUUID(),
            applicationId,
            "PA-2026-444444",
            UUID.randomUUID(),
            28,
            "Control by a third-country state.",
            LocalDate.of(2027, 2, 26),
            Instant.now(),
            new Contact("sub-ann", "Ann", "ann@example.org", "de")));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !mailsTo("PA-2026-444444", "ann@example.org").isEmpty());
    MimeMessage mail = mailsTo("PA-2026-444444", "ann@example.org").get(0);
    assertTrue(mail.getSubject().contains("PA-2026-444444"), mail.getSubject());
    String body = AppealNoticesTest.unfolded(GreenMailUtil.getBody(mail));
    assertTrue(body.contains("26. Februar 2027"), body);
    assertTrue(body.contains("28 weitere Tage"), body);
    assertTrue(body.contains("Control by a third-country state."), body);
  }

  private static void publish(EventType type, UUID key, Record payload) {
    be.permits.testsupport.KafkaEvents.publish(type, key, payload, UUID.randomUUID());
  }
}
