package be.permits.notification;

import static be.permits.notification.AppealNoticesTest.unfolded;
import static be.permits.notification.ReviewerNotificationsTest.awaitMail;
import static be.permits.notification.ReviewerNotificationsTest.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewAbsenceRecorded;
import be.permits.contracts.review.ReviewStepHandedOver;
import be.permits.contracts.review.ReviewStepOverdue;
import be.permits.notification.directory.AgencyDirectory;
import be.permits.support.time.SuiteTime;
import be.permits.testsupport.KafkaEvents;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reviewer away: while the absence lasts, the messages meant for them also reach their delegate,
 * who is told for whom; after it, they do not; a step handed over tells its new holder why. The
 * directory of people is Keycloak's in the suite; here it lists two reviewers of state security.
 */
@QuarkusTest
class AbsenceNoticesTest {
  @Inject EntityManager em;

  static final Contact SOPHIE =
      new Contact("sub-sophie-away", "Sophie Lambert", "sophie@securite.example", "fr");
  static final Contact SIMON =
      new Contact("sub-simon-away", "Simon De Smet", "simon@securite.example", "nl");

  @BeforeEach
  void twoReviewersOfStateSecurity() {
    QuarkusMock.installMockForType(
        new AgencyDirectory() {
          @Override
          public List<Contact> members(Agency agency) {
            return agency == Agency.STATE_SECURITY ? List.of(SOPHIE, SIMON) : List.of();
          }

          @Override
          public void refresh(Agency agency) {
            // The people are known already.
          }
        },
        AgencyDirectory.class);
  }

  @Test
  void whileSophieIsAwaySimonReadsHerMessagesAndAfterwardsHeDoesNot() throws Exception {
    UUID absence = UUID.randomUUID();
    LocalDate today = LocalDate.now(SuiteTime.ZONE);
    Instant declared = Instant.now();
    recorded(absence, today.minusDays(1), today.plusDays(3), declared);

    // The step Simon holds for her went to him, and he is told why.
    String handed = reference();
    handedToSimon(handed, SOPHIE.subject(), today);
    MimeMessage toSimon = awaitMail(handed, SIMON.email());
    assertEquals("Dossier " + handed + ": een stap is nu in uw handen", toSimon.getSubject());
    String body = unfolded(GreenMailUtil.getBody(toSimon));
    String lastDay =
        today
            .plusDays(3)
            .format(
                java.time.format.DateTimeFormatter.ofLocalizedDate(
                        java.time.format.FormatStyle.LONG)
                    .withLocale(java.util.Locale.forLanguageTag("nl")));
    // Her name and her last day, in Simon's words (not an ISO date).
    assertTrue(body.contains("U vervangt Sophie Lambert, afwezig tot en met " + lastDay), body);

    // A message meant for Sophie alone reaches Simon too, who is told for whom.
    String late = reference();
    overdue(late, SOPHIE.subject());
    awaitMail(late, SOPHIE.email());
    MimeMessage copy = awaitMail(late, SIMON.email());
    assertTrue(
        unfolded(GreenMailUtil.getBody(copy))
            .contains("U ontvangt dit bericht voor Sophie Lambert"),
        GreenMailUtil.getBody(copy));

    // Back early: the absence ends yesterday. A stale record of it changes nothing.
    recorded(absence, today.minusDays(1), today.minusDays(1), declared.plusSeconds(60));
    recorded(absence, today.minusDays(1), today.plusDays(3), declared.plusSeconds(30));
    String after = reference();
    overdue(after, SOPHIE.subject());
    awaitMail(after, SOPHIE.email());
    // Both would be recorded in the transaction that recorded Sophie's, whose mail has come.
    assertEquals(
        0L,
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createQuery(
                            "SELECT count(n) FROM Notification n WHERE n.reference = :reference"
                                + " AND n.recipientSubject = :simon",
                            Long.class)
                        .setParameter("reference", after)
                        .setParameter("simon", SIMON.subject())
                        .getSingleResult()),
        "Simon no longer stands in");
  }

  /** A step handed over from someone the directory no longer lists: no blank where a name was. */
  @Test
  void aHandOverFromSomeoneUnknownSaysAColleague() throws Exception {
    String handed = reference();
    handedToSimon(handed, "sub-left-the-agency", LocalDate.now(SuiteTime.ZONE));
    String body = unfolded(GreenMailUtil.getBody(awaitMail(handed, SIMON.email())));
    assertTrue(body.contains("U vervangt een collega, afwezig tot en met"), body);
  }

  /** A step of {@code from} went to Simon as their absence began, until three days from today. */
  static void handedToSimon(String reference, String from, LocalDate today) {
    UUID applicationId = UUID.randomUUID();
    KafkaEvents.publish(
        EventType.REVIEW_STEP_HANDED_OVER,
        applicationId,
        new ReviewStepHandedOver(
            UUID.randomUUID(),
            applicationId,
            reference,
            UUID.randomUUID(),
            Agency.STATE_SECURITY,
            today.plusDays(10),
            from,
            SIMON.subject(),
            ReviewStepHandedOver.Reason.ABSENCE_BEGAN,
            today.plusDays(3),
            Instant.now()),
        UUID.randomUUID());
  }

  static void recorded(UUID absence, LocalDate first, LocalDate last, Instant at) {
    KafkaEvents.publishRaw(
        be.permits.contracts.Topics.REVIEW_EVENTS,
        absence.toString(),
        EventType.REVIEW_ABSENCE_RECORDED.type(),
        be.permits.contracts.EventJson.write(
            new ReviewAbsenceRecorded(
                absence,
                Agency.STATE_SECURITY,
                SOPHIE.subject(),
                SIMON.subject(),
                first,
                last,
                last.isBefore(LocalDate.now(SuiteTime.ZONE)),
                at)),
        UUID.randomUUID());
  }

  static void overdue(String reference, String holder) {
    UUID applicationId = UUID.randomUUID();
    KafkaEvents.publish(
        EventType.REVIEW_STEP_OVERDUE,
        applicationId,
        new ReviewStepOverdue(
            UUID.randomUUID(),
            applicationId,
            reference,
            UUID.randomUUID(),
            Agency.STATE_SECURITY,
            LocalDate.now(SuiteTime.ZONE).minusDays(1),
            holder,
            Instant.now()),
        UUID.randomUUID());
  }
}
