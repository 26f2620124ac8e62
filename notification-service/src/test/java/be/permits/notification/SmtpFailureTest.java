package be.permits.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Contact;
import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.notification.NotificationFailed;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.notification.domain.Notification;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.PrometheusText;
import be.permits.testsupport.SmtpTestResource;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The SMTP server is down: each notification is retried with growing delays, a bounded number of
 * times, then marked failed with its last error and announced by {@code notification.failed}. It is
 * never lost: the row keeps the message for an operator.
 */
@QuarkusTest
class SmtpFailureTest {
  @Inject EntityManager em;

  Notification notificationAbout(UUID applicationId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery("FROM Notification WHERE applicationId = :id", Notification.class)
                    .setParameter("id", applicationId)
                    .getResultStream()
                    .findFirst()
                    .orElse(null));
  }

  @Test
  void aDeadSmtpServerLeadsToRetriesThenAFailedStatusAndAnEvent() {
    double failedBefore = failedReceipts();
    GreenMail smtp = SmtpTestResource.greenMail();
    smtp.stop();
    PermitSubmitted event =
        NotificationFlowTest.submitted(new Contact("sub-xavier", "Xavier", "x@example.org", "en"));
    try {
      KafkaEvents.publish(
          EventType.PERMIT_SUBMITTED, event.applicationId(), event, UUID.randomUUID());
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                Notification n = notificationAbout(event.applicationId());
                return n != null && n.status == Notification.Status.FAILED;
              });
    } finally {
      smtp.start();
    }
    Notification failed = notificationAbout(event.applicationId());
    assertEquals(3, failed.attempts, "bounded retries");
    assertNotNull(failed.lastError);
    assertTrue(failed.bodyText.contains(event.reference()), "the message is kept");

    List<KafkaEvents.ReceivedEvent> announced =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    KafkaEvents.readAll(Topics.NOTIFICATION_EVENTS).stream()
                        .filter(e -> e.key().equals(event.applicationId().toString()))
                        .filter(e -> EventType.NOTIFICATION_FAILED.type().equals(e.type()))
                        .toList(),
                list -> !list.isEmpty());
    assertEquals(1, announced.size());
    assertEquals(
        List.of(), EventSchemas.violations(EventType.NOTIFICATION_FAILED, announced.get(0).data()));
    NotificationFailed payload = announced.get(0).dataAs(NotificationFailed.class);
    assertEquals(3, payload.attempts());
    assertEquals(failed.id, payload.notificationId());
    assertEquals(failedBefore + 1, failedReceipts(), "operators see failed deliveries counted");
  }

  /** Failed receipts of submissions, as /q/metrics shows them. */
  static double failedReceipts() {
    String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
    return PrometheusText.valueOrZero(
        text, "permits_notifications_failed_total", "kind", "SUBMISSION_RECEIVED");
  }
}
