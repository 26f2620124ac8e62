package be.permits.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.Contact;
import be.permits.notification.domain.Notification;
import be.permits.notification.service.DailyDigest;
import be.permits.notification.service.Notifications;
import be.permits.testsupport.Race;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two instances sending the daily summaries at the same moment send each person's once. */
@QuarkusTest
class DigestRacesTest {
  static final int ROUNDS = 100;

  @Inject Notifications notifications;
  @Inject DailyDigest digest;
  @Inject EntityManager em;

  void hold(String recipient, int count) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < count; i++) {
                Notification n =
                    notifications.notify(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        Notification.Kind.STEP_OPENED,
                        // No address: the summaries are recorded but never mailed, so other tests
                        // never see them.
                        new Contact(recipient, "Carl", null, "fr"),
                        Map.of(
                            "reference", "PA-2026-000042",
                            "agency", "CUSTOMS",
                            "dueDate", "2027-01-12",
                            "revision", "",
                            "link", "http://localhost:8080/desk"));
                n.status = Notification.Status.DIGEST;
                n.nextAttemptAt = null;
              }
            });
  }

  long count(String recipient, Notification.Kind kind, Notification.Status status) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "SELECT count(n) FROM Notification n WHERE n.recipientSubject = :who"
                            + " AND n.kind = :kind AND (:status IS NULL OR n.status = :status)",
                        Long.class)
                    .setParameter("who", recipient)
                    .setParameter("kind", kind)
                    .setParameter("status", status)
                    .getSingleResult());
  }

  @Test
  void twoDigestJobsAtOnceSendOneSummaryPerPerson() {
    for (int round = 0; round < ROUNDS; round++) {
      String recipient = "reviewer-" + UUID.randomUUID();
      hold(recipient, 3);
      List<Integer> listed =
          Race.of(() -> digest.summarise(recipient), () -> digest.summarise(recipient));
      assertEquals(3, listed.get(0) + listed.get(1), "round " + round + ": " + listed);
      assertEquals(1, count(recipient, Notification.Kind.DAILY_DIGEST, null), "round " + round);
      assertEquals(
          3,
          count(recipient, Notification.Kind.STEP_OPENED, Notification.Status.DIGESTED),
          "round " + round);
    }
  }
}
