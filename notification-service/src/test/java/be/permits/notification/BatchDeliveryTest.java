package be.permits.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.notification.domain.Notification;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.SmtpTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Delivery sends a batch of messages side by side and records all their outcomes in one
 * transaction: more messages than one batch holds each still go out once, are each marked sent, and
 * are each announced by their own {@code notification.sent}.
 */
@QuarkusTest
class BatchDeliveryTest {
  private static final int MESSAGES = 120;

  @Inject EntityManager em;

  @Test
  void moreMessagesThanABatchHoldsAreEachSentOnceMarkedAndAnnounced() {
    UUID applicationId = UUID.randomUUID();
    List<UUID> ids = new ArrayList<>();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < MESSAGES; i++) {
                Notification n = due(applicationId, i);
                em.persist(n);
                ids.add(n.id);
              }
            });

    // GreenMail now and then leaves one connection unanswered: that message fails after the send
    // timeout (30 s) and goes out on its retry (30 s later), as a real server's would. It is then
    // sent on its second attempt, so the count does not ask for one attempt each; that nothing went
    // out twice is checked on what the server received.
    await().atMost(Duration.ofSeconds(120)).until(() -> sentCount(applicationId) == MESSAGES);

    Map<String, Long> messagesById =
        Arrays.stream(SmtpTestResource.greenMail().getReceivedMessages())
            .map(BatchDeliveryTest::notificationHeader)
            .filter(id -> id != null && ids.contains(UUID.fromString(id)))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertEquals(MESSAGES, messagesById.size(), "every message reached the SMTP server");
    assertEquals(
        Map.of(),
        messagesById.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
        "none was sent twice");

    List<KafkaEvents.ReceivedEvent> announced =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    KafkaEvents.readAll(Topics.NOTIFICATION_EVENTS).stream()
                        .filter(e -> e.key().equals(applicationId.toString()))
                        .filter(e -> EventType.NOTIFICATION_SENT.type().equals(e.type()))
                        .toList(),
                list -> list.size() >= MESSAGES);
    assertEquals(MESSAGES, announced.size(), "one notification.sent per message");
  }

  private long sentCount(UUID applicationId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "SELECT count(n) FROM Notification n WHERE n.applicationId = :id"
                            + " AND n.status = :sent",
                        Long.class)
                    .setParameter("id", applicationId)
                    .setParameter("sent", Notification.Status.SENT)
                    .getSingleResult());
  }

  private static Notification due(UUID applicationId, int i) {
    Instant now = Instant.now();
    Notification n = new Notification();
    n.id = UUID.randomUUID();
    n.causeEventId = UUID.randomUUID();
    n.applicationId = applicationId;
    n.kind = Notification.Kind.STEP_OPENED;
    n.channel = Notification.EMAIL;
    n.recipientSubject = "sub-reviewer-" + i;
    n.recipientEmail = "reviewer-" + i + "@agency.example";
    n.locale = "en";
    n.subject = "A new step for your agency (" + i + ")";
    n.bodyText = "Step " + i;
    n.bodyHtml = "<p>Step " + i + "</p>";
    n.status = Notification.Status.PENDING;
    n.nextAttemptAt = now;
    n.createdAt = now;
    return n;
  }

  private static String notificationHeader(MimeMessage message) {
    try {
      String[] values = message.getHeader("X-Permit-Notification");
      return values == null ? null : values[0];
    } catch (MessagingException e) {
      return null;
    }
  }
}
