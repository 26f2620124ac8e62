package be.permits.notification;

import static be.permits.notification.AppealNoticesTest.unfolded;
import static be.permits.notification.NotificationFlowTest.mailsTo;
import static be.permits.notification.ReviewerNotificationsTest.awaitMail;
import static be.permits.notification.ReviewerNotificationsTest.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitEvidenceSubmitted;
import be.permits.contracts.review.EnforcementOutcome;
import be.permits.contracts.review.EvidenceOutcome;
import be.permits.contracts.review.ReviewEnforcementClosed;
import be.permits.contracts.review.ReviewObligationReminder;
import be.permits.contracts.review.ReviewObligationReviewed;
import be.permits.testsupport.KafkaEvents;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A permit's obligations in messages: the operator is reminded, told when late and told each
 * finding in its language; state security learns of evidence to review and of evidence that did not
 * come; a breach reaches state security and the deciding authority, and no other agency.
 */
@QuarkusTest
class ObligationNoticesTest {
  private static final Contact OPERATOR =
      new Contact("sub-op", "Skyway Logistics", "compliance@skyway.example", "nl");
  private static final String CONDITION = "Klantgegevens uit de EU blijven in de EU/EER.";

  @Test
  void theOperatorIsRemindedToldWhenLateAndReadsTheFinding() throws Exception {
    String reference = reference();
    UUID applicationId = UUID.randomUUID();
    UUID obligationId = UUID.randomUUID();
    LocalDate due = LocalDate.of(2027, 12, 6);
    KafkaEvents.publish(
        EventType.REVIEW_OBLIGATION_REMINDER,
        applicationId,
        reminder(
            reference, applicationId, obligationId, due, ReviewObligationReminder.Stage.DUE_SOON),
        UUID.randomUUID());
    MimeMessage soon = awaitMail(reference, OPERATOR.email());
    assertEquals(
        "Binnenkort een bewijs verwacht voor uw vergunning " + reference, soon.getSubject());
    String body = unfolded(GreenMailUtil.getBody(soon));
    assertTrue(body.contains("6 december 2027"), body);
    assertTrue(body.contains(CONDITION), body);
    assertTrue(body.contains("/applications/" + applicationId + "/obligations/" + obligationId));

    String lateRef = reference();
    KafkaEvents.publish(
        EventType.REVIEW_OBLIGATION_REMINDER,
        applicationId,
        reminder(lateRef, applicationId, obligationId, due, ReviewObligationReminder.Stage.OVERDUE),
        UUID.randomUUID());
    assertEquals(
        "Een achterstallig bewijs voor uw vergunning " + lateRef,
        awaitMail(lateRef, OPERATOR.email()).getSubject());
    MimeMessage escalated = awaitMail(lateRef, ReviewerNotificationsTest.SECURITY);
    assertEquals("Permis " + lateRef + " : une preuve en retard", escalated.getSubject());
    assertTrue(
        unfolded(GreenMailUtil.getBody(escalated)).contains("/desk/obligations/" + obligationId));

    String breachRef = reference();
    KafkaEvents.publish(
        EventType.REVIEW_OBLIGATION_REVIEWED,
        applicationId,
        new ReviewObligationReviewed(
            UUID.randomUUID(),
            applicationId,
            breachRef,
            obligationId,
            Agency.STATE_SECURITY,
            null,
            EvidenceOutcome.BREACH,
            "Geen attest voor 2028, ondanks de herinnering.",
            due.plusYears(2),
            "ENF-2028-000001",
            Instant.now(),
            OPERATOR),
        UUID.randomUUID());
    String finding = unfolded(GreenMailUtil.getBody(awaitMail(breachRef, OPERATOR.email())));
    assertTrue(finding.contains("handhavingsdossier ENF-2028-000001"), finding);
    assertTrue(finding.contains("Geen attest voor 2028, ondanks de herinnering."), finding);
    assertEquals(
        "Permis " + breachRef + " : un dossier d'exécution est ouvert",
        awaitMail(breachRef, ReviewerNotificationsTest.DECIDING).getSubject());
    awaitMail(breachRef, ReviewerNotificationsTest.SECURITY);
    assertTrue(mailsTo(breachRef, ReviewerNotificationsTest.CUSTOMS).isEmpty(), "no other agency");
  }

  /** The deciding authority closed the case: the operator and state security read how it ended. */
  @Test
  void theOperatorAndTheAgencyReadHowTheEnforcementCaseEnded() throws Exception {
    String reference = reference();
    UUID applicationId = UUID.randomUUID();
    UUID obligationId = UUID.randomUUID();
    KafkaEvents.publish(
        EventType.REVIEW_ENFORCEMENT_CLOSED,
        applicationId,
        new ReviewEnforcementClosed(
            UUID.randomUUID(),
            applicationId,
            reference,
            UUID.randomUUID(),
            "ENF-2028-000007",
            obligationId,
            Agency.STATE_SECURITY,
            EnforcementOutcome.SANCTIONED,
            "Een administratieve boete van 25.000 euro.",
            Instant.now(),
            OPERATOR),
        UUID.randomUUID());
    MimeMessage toOperator = awaitMail(reference, OPERATOR.email());
    assertEquals(
        "Handhavingsdossier ENF-2028-000007 over uw vergunning "
            + reference
            + ": afgesloten met een sanctie",
        toOperator.getSubject());
    String body = unfolded(GreenMailUtil.getBody(toOperator));
    assertTrue(body.contains("Afloop: er is een administratieve sanctie opgelegd."), body);
    assertTrue(body.contains("Een administratieve boete van 25.000 euro."), body);
    assertTrue(body.contains("/applications/" + applicationId + "/obligations/" + obligationId));
    MimeMessage toAgency = awaitMail(reference, ReviewerNotificationsTest.SECURITY);
    assertEquals(
        "Permis " + reference + " : le dossier d'exécution est clôturé", toAgency.getSubject());
    String told = unfolded(GreenMailUtil.getBody(toAgency));
    assertTrue(told.contains("Issue : une sanction administrative a "), told);
    assertTrue(
        mailsTo(reference, ReviewerNotificationsTest.DECIDING).isEmpty(),
        "the deciding authority closed it itself");
  }

  @Test
  void stateSecurityIsToldOfEvidenceToReview() throws Exception {
    String reference = reference();
    UUID applicationId = UUID.randomUUID();
    UUID obligationId = UUID.randomUUID();
    KafkaEvents.publish(
        EventType.PERMIT_EVIDENCE_SUBMITTED,
        applicationId,
        new PermitEvidenceSubmitted(
            applicationId,
            reference,
            obligationId,
            Agency.STATE_SECURITY,
            UUID.randomUUID(),
            LocalDate.of(2027, 12, 6),
            "Attest 2027.",
            "attest-2027.pdf",
            1234,
            "b".repeat(64),
            Instant.now()),
        UUID.randomUUID());
    assertEquals(
        "Permis " + reference + " : une preuve à examiner",
        awaitMail(reference, ReviewerNotificationsTest.SECURITY).getSubject());
    assertTrue(mailsTo(reference, ReviewerNotificationsTest.DECIDING).isEmpty());
  }

  private static ReviewObligationReminder reminder(
      String reference,
      UUID applicationId,
      UUID obligationId,
      LocalDate due,
      ReviewObligationReminder.Stage stage) {
    return new ReviewObligationReminder(
        UUID.randomUUID(),
        applicationId,
        reference,
        obligationId,
        Agency.STATE_SECURITY,
        CONDITION,
        due,
        stage,
        Instant.now(),
        OPERATOR);
  }
}
