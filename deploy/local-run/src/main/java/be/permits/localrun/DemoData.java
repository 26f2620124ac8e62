package be.permits.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Demo data, created through the public APIs with the demo users' real tokens, so that a fresh run
 * has work in the reviewers' queues: the Liège Airport hub expansion, submitted by Alice and found
 * complete by Colette, a coordinating official, so that its review is open.
 */
public final class DemoData {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private DemoData() {}

  /** A password-grant access token of a demo user (client {@code permit-api}). */
  public static String token(String realmUrl, String username, String password) {
    String form =
        "grant_type=password&client_id=permit-api&scope=openid&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    JsonNode body =
        send(
            HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)),
            200);
    return body.get("access_token").asText();
  }

  /** Submits the Liège hub expansion as Alice unless her organisation has an application. */
  static void seed(String realmUrl, String entryUrl) {
    String alice = token(realmUrl, "alice", "demo");
    JsonNode mine = send(authorised(entryUrl + "/api/applications", alice).GET(), 200);
    if (!mine.isEmpty()) {
      return;
    }
    String draft;
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/liege-hub.json")) {
      draft = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode created =
        send(
            authorised(entryUrl + "/api/applications", alice)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(draft)),
            201);
    JsonNode submitted =
        send(
            authorised(
                    entryUrl + "/api/applications/" + created.get("id").asText() + "/submit", alice)
                .POST(HttpRequest.BodyPublishers.noBody()),
            200);
    fileComplete(realmUrl, entryUrl, submitted.get("reference").asText());
  }

  /** Colette finds the file complete: claims the check, declares no conflict, decides. */
  private static void fileComplete(String realmUrl, String entryUrl, String reference) {
    String colette = token(realmUrl, "colette", "demo");
    String caseId = null;
    long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (caseId == null) {
      JsonNode found =
          send(authorised(entryUrl + "/api/cases?reference=" + reference, colette).GET(), 200);
      if (!found.isEmpty()) {
        caseId = found.get(0).get("id").asText();
      } else if (System.nanoTime() > giveUp) {
        throw new IllegalStateException("The demo case " + reference + " did not open");
      } else {
        pause();
      }
    }
    String step =
        send(authorised(entryUrl + "/api/cases/" + caseId, colette).GET(), 200)
            .get("myStep")
            .get("id")
            .asText();
    String steps = entryUrl + "/api/cases/" + caseId + "/steps/" + step;
    send(authorised(steps + "/claim", colette).POST(HttpRequest.BodyPublishers.noBody()), 200);
    send(json(authorised(steps + "/interest", colette), "{\"conflict\":false}"), 200);
    send(json(authorised(steps + "/decision", colette), "{\"outcome\":\"COMPLETE\"}"), 200);
  }

  private static HttpRequest.Builder json(HttpRequest.Builder request, String body) {
    return request
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.Builder authorised(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }

  private static JsonNode send(HttpRequest.Builder request, int expected) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            response.request().uri()
                + " answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
      return JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
