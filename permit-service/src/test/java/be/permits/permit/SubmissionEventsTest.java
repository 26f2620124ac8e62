package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.DeclaredSystem;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewOpened;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.KafkaEvents.ReceivedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubmissionEventsTest {
  @Inject EntityManager em;

  @Test
  void aSubmissionIsPublishedOnceKeyedByApplicationAndMatchesItsSchema() {
    String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());
    String reference =
        Applicants.submit(Applicants.ALICE, id).statusCode(200).extract().path("reference");

    List<ReceivedEvent> mine =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> eventsOf(id), events -> !events.isEmpty());
    assertEquals(1, mine.size(), "one event per submission");
    ReceivedEvent event = mine.get(0);
    assertEquals(EventType.PERMIT_SUBMITTED.type(), event.type());
    assertEquals(id, event.key());
    assertEquals(id, event.subject());
    assertEquals("sub-alice", event.actor());
    assertEquals(List.of(), EventSchemas.violations(EventType.PERMIT_SUBMITTED, event.data()));
    PermitSubmitted data = event.dataAs(PermitSubmitted.class);
    assertEquals(reference, data.reference());
    assertEquals(100_000, data.project().requestedFloorArea());
    assertEquals("0403170701", data.organisation().enterpriseNumber());
    assertEquals("alice@example.org", data.applicant().email());
    assertEquals(
        List.of("Warehouse management", "Customs brokerage", "Group trade platform"),
        data.data().systems(),
        "the names, as consumers of the first shape read them");
    var platform = data.systems().get(2);
    assertEquals(List.of("CN"), platform.administeredFrom());
    assertEquals(true, platform.remoteAccess());
    assertEquals(
        List.of(new DeclaredSystem.Transfer("CN", "STANDARD_CONTRACTUAL_CLAUSES")),
        platform.transfers());
    assertEquals(2_400_000L, data.data().customs().declarationsPerYear());
    await().atMost(Duration.ofSeconds(10)).until(() -> pendingOutboxRows() == 0);
  }

  @Test
  void reviewOpenedMovesTheApplicationUnderReviewOnceEvenWhenDeliveredTwice() {
    String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());
    String reference = Applicants.submit(Applicants.ALICE, id).extract().path("reference");
    UUID applicationId = UUID.fromString(id);
    ReviewOpened opened =
        new ReviewOpened(
            UUID.randomUUID(),
            applicationId,
            reference,
            1,
            "test",
            Instant.now(),
            new Contact("sub-alice", "Alice", "alice@example.org", "fr"),
            List.of(
                new ReviewOpened.Step(
                    UUID.randomUUID(), Agency.URBAN_PLANNING, "rule", "why", LocalDate.now())));
    UUID eventId = UUID.randomUUID();
    KafkaEvents.publish(EventType.REVIEW_OPENED, applicationId, opened, eventId);
    KafkaEvents.publish(EventType.REVIEW_OPENED, applicationId, opened, eventId);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(Applicants.ALICE)
                    .get("/api/applications/{id}", id)
                    .then()
                    .body("status", equalTo("UNDER_REVIEW")));
    await().atMost(Duration.ofSeconds(20)).until(() -> processedCount(eventId) == 1);
  }

  @Test
  void aPoisonRecordGoesToTheDeadLetterTopicAndLaterEventsStillFlow() {
    UUID poisonId = UUID.randomUUID();
    KafkaEvents.publishRaw(
        Topics.REVIEW_EVENTS,
        UUID.randomUUID().toString(),
        EventType.REVIEW_OPENED.type(),
        "{\"not\": \"a review\"}",
        poisonId);
    reviewOpenedMovesTheApplicationUnderReviewOnceEvenWhenDeliveredTwice();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                KafkaEvents.readAll(Topics.deadLetter(Topics.REVIEW_EVENTS)).stream()
                    .anyMatch(e -> poisonId.toString().equals(e.id())));
  }

  private List<ReceivedEvent> eventsOf(String id) {
    return KafkaEvents.readAll(Topics.PERMIT_EVENTS).stream()
        .filter(e -> id.equals(e.subject()))
        .toList();
  }

  private long pendingOutboxRows() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")
                            .getSingleResult())
                    .longValue());
  }

  private long processedCount(UUID eventId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT count(*) FROM processed_event WHERE event_id = :id")
                            .setParameter("id", eventId)
                            .getSingleResult())
                    .longValue());
  }
}
