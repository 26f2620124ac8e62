package be.permits.notification;

import static be.permits.notification.NotificationFlowTest.mailsAbout;
import static be.permits.notification.NotificationFlowTest.mailsTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.contracts.review.ReviewDecisionOpened;
import be.permits.contracts.review.ReviewOpened;
import be.permits.contracts.review.ReviewProposalReturned;
import be.permits.contracts.review.ReviewStepOverdue;
import be.permits.contracts.review.ReviewStepProposed;
import be.permits.testsupport.KafkaEvents;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reviewers and the deciding authority are told what concerns their agency, and no other agency is.
 * Without Keycloak in these tests, each agency's people are its configured mailbox (French).
 */
@QuarkusTest
class ReviewerNotificationsTest {
  static final String SECURITY = "veille@securite.example";
  static final String CUSTOMS = "douane@fin.example";
  static final String PLANNING = "urbanisme@commune.example";
  static final String DECIDING = "decision@region.example";

  static String reference() {
    return "PA-2026-" + String.format("%06d", (int) (Math.random() * 1_000_000));
  }

  static MimeMessage awaitMail(String reference, String address) {
    await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(reference, address).isEmpty());
    return mailsTo(reference, address).get(0);
  }

  @Test
  void eachAgencyWithAStepIsToldOfTheNewCaseAndNoOtherAgencyIs() throws Exception {
    String reference = reference();
    UUID applicationId = UUID.randomUUID();
    UUID caseId = UUID.randomUUID();
    ReviewOpened opened =
        new ReviewOpened(
            caseId,
            applicationId,
            reference,
            1,
            "2026.3",
            Instant.now(),
            new Contact("sub-alice", "Alice", "alice@example.org", "en"),
            List.of(
                new ReviewOpened.Step(
                    UUID.randomUUID(),
                    Agency.STATE_SECURITY,
                    "r",
                    "why",
                    LocalDate.of(2027, 1, 12)),
                new ReviewOpened.Step(
                    UUID.randomUUID(), Agency.CUSTOMS, "r", "why", LocalDate.of(2027, 1, 12))));
    UUID eventId = UUID.randomUUID();
    KafkaEvents.publish(EventType.REVIEW_OPENED, applicationId, opened, eventId);
    KafkaEvents.publish(EventType.REVIEW_OPENED, applicationId, opened, eventId);

    MimeMessage security = awaitMail(reference, SECURITY);
    assertEquals("Nouveau dossier " + reference + " pour votre autorité", security.getSubject());
    String body = GreenMailUtil.getBody(security);
    assertTrue(body.contains("/desk/cases/" + caseId), body);
    awaitMail(reference, CUSTOMS);
    awaitMail(reference, "alice@example.org");
    // Urban planning has no step here, and stays untold.
    await()
        .during(Duration.ofMillis(1500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> mailsTo(reference, PLANNING).isEmpty());
    assertEquals(1, mailsTo(reference, SECURITY).size(), "a redelivered event sends once");
    assertEquals(3, mailsAbout(reference).size());
  }

  @Test
  void aProposalAnOverdueStepAnAnswerAndTheDecisionStepReachTheirAgencies() throws Exception {
    String reference = reference();
    UUID applicationId = UUID.randomUUID();
    UUID caseId = UUID.randomUUID();
    UUID step = UUID.randomUUID();
    KafkaEvents.publish(
        EventType.REVIEW_STEP_PROPOSED,
        applicationId,
        new ReviewStepProposed(
            caseId,
            applicationId,
            reference,
            step,
            Agency.STATE_SECURITY,
            "REJECT",
            "sub-sam",
            Instant.now()),
        UUID.randomUUID());
    assertEquals(
        "Dossier " + reference + " : une décision attend votre confirmation",
        awaitMail(reference, SECURITY).getSubject());

    String returnedRef = reference();
    KafkaEvents.publish(
        EventType.REVIEW_PROPOSAL_RETURNED,
        applicationId,
        new ReviewProposalReturned(
            caseId,
            applicationId,
            returnedRef,
            step,
            Agency.STATE_SECURITY,
            "REJECT",
            "sub-sam",
            "sub-sofia",
            "Motivez le refus par l'article 7.",
            Instant.now()),
        UUID.randomUUID());
    MimeMessage returned = awaitMail(returnedRef, SECURITY);
    assertEquals(
        "Dossier " + returnedRef + " : votre proposition a été renvoyée", returned.getSubject());
    assertTrue(GreenMailUtil.getBody(returned).contains("article 7"), "the proposer reads why");

    KafkaEvents.publish(
        EventType.REVIEW_STEP_OVERDUE,
        applicationId,
        new ReviewStepOverdue(
            caseId,
            applicationId,
            reference,
            step,
            Agency.CUSTOMS,
            LocalDate.of(2026, 1, 5),
            null,
            Instant.now()),
        UUID.randomUUID());
    assertTrue(awaitMail(reference, CUSTOMS).getSubject().contains("est en retard"));

    KafkaEvents.publish(
        EventType.REVIEW_DECISION_OPENED,
        applicationId,
        new ReviewDecisionOpened(
            caseId,
            applicationId,
            reference,
            UUID.randomUUID(),
            LocalDate.of(2027, 2, 1),
            Instant.now()),
        UUID.randomUUID());
    assertEquals(
        "Dossier " + reference + " prêt pour la décision",
        awaitMail(reference, DECIDING).getSubject());

    KafkaEvents.publish(
        EventType.PERMIT_INFORMATION_PROVIDED,
        applicationId,
        new PermitInformationProvided(
            applicationId,
            reference,
            UUID.randomUUID(),
            UUID.randomUUID(),
            Agency.URBAN_PLANNING,
            "Plan attached.",
            2,
            List.of("project.requestedFloorArea"),
            Instant.now(),
            NotificationFlowTest.submitted(new Contact("sub-alice", "Alice", null, "fr"))),
        UUID.randomUUID());
    assertTrue(awaitMail(reference, PLANNING).getSubject().contains("le demandeur a répondu"));
  }
}
