package be.permits.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The in-app inbox: mine only, unread count, mark read, and new notifications pushed live. */
@QuarkusTest
class InboxTest {
  @TestHTTPResource("/api/notifications/stream")
  URL stream;

  static PermitSubmitted submitFor(String user) {
    PermitSubmitted event =
        NotificationFlowTest.submitted(
            new Contact("sub-" + user, user, user + "@example.org", "en"));
    KafkaEvents.publish(
        EventType.PERMIT_SUBMITTED, event.applicationId(), event, UUID.randomUUID());
    return event;
  }

  @Test
  void myInboxCountsWhatIHaveNotReadAndMarksItRead() {
    String nina = TestTokens.applicant("nina", "nina-co");
    String oscar = TestTokens.applicant("oscar", "oscar-co");
    PermitSubmitted first = submitFor("nina");
    PermitSubmitted second = submitFor("nina");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(nina)
                    .get("/api/notifications/unread-count")
                    .then()
                    .statusCode(200)
                    .body("unread", equalTo(2)));
    String id =
        given()
            .auth()
            .oauth2(nina)
            .get("/api/notifications")
            .then()
            .body("applicationId", hasItem(first.applicationId().toString()))
            .extract()
            .path("[0].id");
    given().auth().oauth2(oscar).post("/api/notifications/{id}/read", id).then().statusCode(404);
    given()
        .auth()
        .oauth2(oscar)
        .get("/api/notifications")
        .then()
        .body("applicationId", not(hasItem(second.applicationId().toString())));
    given().auth().oauth2(nina).post("/api/notifications/{id}/read", id).then().statusCode(204);
    given()
        .auth()
        .oauth2(nina)
        .get("/api/notifications/unread-count")
        .then()
        .body("unread", equalTo(1));
    given()
        .auth()
        .oauth2(nina)
        .post("/api/notifications/read-all")
        .then()
        .body("marked", equalTo(1));
    given()
        .auth()
        .oauth2(nina)
        .get("/api/notifications/unread-count")
        .then()
        .body("unread", equalTo(0));
    given().auth().oauth2(nina).post("/api/notifications/{id}/read", "nope").then().statusCode(404);
  }

  @Test
  void aConnectedClientReceivesANewNotificationAndNoOneElses() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<InputStream> response =
        http.send(
            HttpRequest.newBuilder(URI.create(stream.toString()))
                .header("Authorization", "Bearer " + TestTokens.applicant("paula", "paula-co"))
                .header("Accept", "text/event-stream")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertTrue(response.statusCode() == 200, "stream opened: " + response.statusCode());
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  lines.add(line);
                }
              } catch (Exception e) {
                // The test closes the stream.
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      PermitSubmitted someoneElse = submitFor("quentin");
      PermitSubmitted mine = submitFor("paula");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  lines.stream()
                      .anyMatch(
                          l ->
                              l.startsWith("data:")
                                  && l.contains(mine.applicationId().toString())));
      assertTrue(
          lines.stream().noneMatch(l -> l.contains(someoneElse.applicationId().toString())),
          "only my notifications");
    } finally {
      response.body().close();
    }
  }
}
