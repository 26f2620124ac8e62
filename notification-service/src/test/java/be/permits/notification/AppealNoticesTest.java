package be.permits.notification;

import static be.permits.notification.NotificationFlowTest.mailsTo;
import static be.permits.notification.NotificationFlowTest.recipient;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewAppealDecided;
import be.permits.contracts.review.ReviewAppealLodged;
import be.permits.contracts.review.ReviewAppealReceived;
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
 * The appeal's messages: the appellant, who may have no account, receives the link that confirms
 * the appeal and then a receipt; the applicant learns that the decision is not final and by when
 * the appeal authority decides; everyone is told the decision on appeal once, in their language.
 */
@QuarkusTest
class AppealNoticesTest {
  private static final Contact APPLICANT = new Contact("sub-ann", "Ann", "ann@example.org", "nl");
  private static final Contact NEIGHBOUR =
      new Contact("appellant-1", "Jeanne", "jeanne.appel@example.org", "fr");

  @Test
  void theAppellantConfirmsByTheLinkSentToThemAlone() throws Exception {
    UUID applicationId = UUID.randomUUID();
    String token = "a".repeat(43);
    publish(
        EventType.REVIEW_APPEAL_RECEIVED,
        applicationId,
        new ReviewAppealReceived(
            UUID.randomUUID(),
            applicationId,
            "PA-2026-515151",
            UUID.randomUUID(),
            NEIGHBOUR,
            token,
            Instant.parse("2027-03-04T10:00:00Z"),
            Instant.now()));
    MimeMessage mail = first("PA-2026-515151", NEIGHBOUR.email());
    assertEquals(NEIGHBOUR.email(), recipient(mail));
    assertEquals(
        "Confirmez votre recours contre la décision sur PA-2026-515151", mail.getSubject());
    String body = unfolded(GreenMailUtil.getBody(mail));
    assertTrue(body.contains("/appeals/confirmations/" + token), body);
    assertTrue(body.contains("4 mars 2027"), body);
    assertEquals(1, NotificationFlowTest.mailsAbout("PA-2026-515151").size(), "to them alone");
  }

  @Test
  void aLodgedAppealIsReceiptedAndTheApplicantLearnsTheDecisionIsNotFinal() throws Exception {
    UUID applicationId = UUID.randomUUID();
    publish(
        EventType.REVIEW_APPEAL_LODGED,
        applicationId,
        new ReviewAppealLodged(
            UUID.randomUUID(),
            applicationId,
            "PA-2026-525252",
            UUID.randomUUID(),
            "THIRD_PARTIES",
            LocalDate.of(2027, 3, 2),
            LocalDate.of(2027, 5, 11),
            true,
            NEIGHBOUR,
            APPLICANT,
            Instant.now(),
            true));
    String receipt = unfolded(GreenMailUtil.getBody(first("PA-2026-525252", NEIGHBOUR.email())));
    assertTrue(receipt.contains("2 mars 2027") && receipt.contains("11 mai 2027"), receipt);
    MimeMessage toApplicant = first("PA-2026-525252", APPLICANT.email());
    assertEquals(
        "Een beroep tegen de beslissing over aanvraag PA-2026-525252", toApplicant.getSubject());
    String body = unfolded(GreenMailUtil.getBody(toApplicant));
    assertTrue(body.contains("iemand met een belang"), body);
    assertTrue(body.contains("11 mei 2027") && body.contains("niet definitief"), body);
    assertTrue(body.contains("/appeals/PA-2026-525252"), body);
  }

  @Test
  void everyoneIsToldTheDecisionOnAppealOnce() throws Exception {
    UUID applicationId = UUID.randomUUID();
    Contact applicantWhoAppealed = new Contact("appellant-2", "Ann", "ann@example.org", "nl");
    publish(
        EventType.REVIEW_APPEAL_DECIDED,
        applicationId,
        new ReviewAppealDecided(
            UUID.randomUUID(),
            applicationId,
            "PA-2026-535353",
            "REJECTED",
            List.of(),
            List.of("Night noise."),
            Instant.now(),
            APPLICANT,
            List.of(NEIGHBOUR, applicantWhoAppealed)));
    MimeMessage toNeighbour = first("PA-2026-535353", NEIGHBOUR.email());
    assertEquals("Décision sur recours, demande PA-2026-535353", toNeighbour.getSubject());
    assertTrue(
        unfolded(GreenMailUtil.getBody(toNeighbour)).contains("le permis est refus"),
        "the outcome in words");
    assertTrue(
        !unfolded(GreenMailUtil.getBody(toNeighbour)).contains("/decisions/APPEAL_DECISION"),
        "an appellant is not sent to the applicant's file");
    String toApplicant =
        unfolded(GreenMailUtil.getBody(first("PA-2026-535353", APPLICANT.email())));
    assertTrue(
        toApplicant.contains("/applications/" + applicationId + "/decisions/APPEAL_DECISION"),
        "the applicant's email links to the sealed decision on appeal: " + toApplicant);
    assertEquals(
        2, NotificationFlowTest.mailsAbout("PA-2026-535353").size(), "the applicant is told once");
  }

  @Test
  void theAppellantIsToldHowToPayTheAppealFee() throws Exception {
    UUID applicationId = UUID.randomUUID();
    publish(
        EventType.PERMIT_APPEAL_FEE_INVOICED,
        applicationId,
        new be.permits.contracts.permit.PermitAppealFeeInvoiced(
            applicationId,
            "PA-2026-545454",
            UUID.randomUUID(),
            UUID.randomUUID(),
            10_000,
            "EUR",
            "+++000/0000/12345+++",
            "Service public de Wallonie",
            "BE71 0961 2345 6769",
            "GKCCBEBB",
            NEIGHBOUR,
            Instant.now()));
    MimeMessage mail = first("PA-2026-545454", NEIGHBOUR.email());
    assertEquals(
        "Payez le droit de votre recours sur la demande PA-2026-545454", mail.getSubject());
    String body = unfolded(GreenMailUtil.getBody(mail));
    for (String expected :
        List.of("+++000/0000/12345+++", "BE71 0961 2345 6769", "GKCCBEBB", "100,00")) {
      assertTrue(body.contains(expected), expected + " in " + body);
    }
  }

  private static MimeMessage first(String reference, String to) {
    await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(reference, to).isEmpty());
    return mailsTo(reference, to).get(0);
  }

  /** The body with quoted-printable's soft line breaks taken out. */
  static String unfolded(String body) {
    return body.replace("=\r\n", "").replace("=\n", "");
  }

  private static void publish(EventType type, UUID key, Record payload) {
    be.permits.testsupport.KafkaEvents.publish(type, key, payload, UUID.randomUUID());
  }
}
