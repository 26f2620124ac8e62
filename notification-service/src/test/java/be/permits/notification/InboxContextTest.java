package be.permits.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.ReadablePage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An inbox message says what happened, on which application (its reference, a link), what to do and
 * by when, with the questions it is about; the inbox comes in pages that say how many.
 */
@QuarkusTest
@TestSecurity(user = "iris", roles = "applicant")
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "sub-iris"),
      @Claim(key = "name", value = "Iris"),
      @Claim(key = "locale", value = "fr")
    })
class InboxContextTest {
  static final Contact IRIS = new Contact("sub-iris", "Iris", "iris@example.org", "fr");

  static UUID askIris(String reference, LocalDate due) {
    UUID applicationId = UUID.randomUUID();
    KafkaEvents.publish(
        EventType.REVIEW_INFORMATION_REQUESTED,
        applicationId,
        new ReviewInformationRequested(
            UUID.randomUUID(),
            applicationId,
            reference,
            UUID.randomUUID(),
            UUID.randomUUID(),
            Agency.STATE_SECURITY,
            List.of("Qui administre le système de gestion d'entrepôt ?"),
            due,
            Instant.now(),
            IRIS),
        UUID.randomUUID());
    return applicationId;
  }

  static String inbox(int page) {
    return given()
        .queryParam("page", page)
        .get("/inbox")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  @Test
  void aMessageSaysOnWhichApplicationWhatToDoAndByWhenAndTheInboxIsPaged() {
    String reference = ReviewerNotificationsTest.reference();
    UUID applicationId = askIris(reference, LocalDate.of(2027, 3, 31));
    await().atMost(Duration.ofSeconds(30)).until(() -> inbox(1).contains(reference));
    String page = inbox(1);
    assertTrue(page.contains("Répondez aux questions sur la page de votre demande."), page);
    assertTrue(page.contains("Pour le 31 mars 2027."), "by when");
    assertTrue(
        page.contains("<li>Qui administre le système de gestion d&#39;entrepôt ?</li>"),
        "the questions");
    assertTrue(
        page.contains(
            "<a href=\"/applications/" + applicationId + "\">Ouvrir la demande " + reference),
        "on which application, with a link");
    assertEquals(List.of(), ReadablePage.problems(page));

    for (int i = 0; i < 21; i++) {
      askIris(ReviewerNotificationsTest.reference(), LocalDate.of(2027, 4, 1));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> inbox(1).contains("rel=\"next\""));
    String first = inbox(1);
    assertTrue(first.contains("1 à 20 affichés"), first);
    assertTrue(first.contains("href=\"/inbox?page=2\" rel=\"next\">Messages plus anciens"));
    String second = inbox(2);
    assertTrue(second.contains("21 à "), second);
    assertTrue(second.contains("href=\"/inbox?page=1\" rel=\"prev\""), "a way back");
    given().queryParam("page", -7).get("/inbox").then().statusCode(200);
  }
}
