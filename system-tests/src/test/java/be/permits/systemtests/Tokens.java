package be.permits.systemtests;

import static java.net.http.HttpResponse.BodyHandlers.ofString;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Genuine tokens that the suite's API must refuse, obtained from the real Keycloak of the run: an
 * expired one, one of another issuer, one for another audience, and a forged one.
 */
final class Tokens {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The local run's bootstrap administrator of Keycloak (local-only demo credentials). */
  private static final String LOCAL_ADMIN = "admin";

  private static final String SHORT_LIVED_CLIENT = "system-test-short-lived";

  private Tokens() {}

  /**
   * Bob's token for the suite's API (same realm, same audience), but living two seconds, returned
   * once it has expired. It comes from a copy of the API client with a short token lifespan, made
   * for this and deleted at once, so that no other token of the run is affected.
   */
  static String expired() throws Exception {
    String admin = masterToken();
    String clients = adminUrl() + "/clients";
    JsonNode apiClient =
        JSON.readTree(send(get(clients + "?clientId=permit-api", admin), 200)).get(0);
    ObjectNode shortLived = apiClient.deepCopy();
    shortLived.remove("id");
    shortLived.path("protocolMappers").forEach(mapper -> ((ObjectNode) mapper).remove("id"));
    shortLived.put("clientId", SHORT_LIVED_CLIENT);
    shortLived.withObject("/attributes").put("access.token.lifespan", "2");
    HttpResponse<String> created = HTTP.send(post(clients, admin, shortLived), ofString());
    assertEquals(201, created.statusCode(), created.body());
    String token;
    try {
      token =
          JSON.readTree(
                  send(
                      form(
                          RunningSuite.realmUrl() + "/protocol/openid-connect/token",
                          "grant_type=password&client_id="
                              + SHORT_LIVED_CLIENT
                              + "&username=bob&password=demo"),
                      200))
              .get("access_token")
              .asText();
    } finally {
      String location = created.headers().firstValue("Location").orElseThrow();
      send(delete(location, admin), 204);
    }
    Instant expiry = Instant.ofEpochSecond(claims(token).get("exp").asLong());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));
    return token;
  }

  /** A genuine token of Keycloak's master realm: another issuer than the suite's realm. */
  static String ofAnotherIssuer() throws Exception {
    return masterToken();
  }

  /**
   * A genuine token of the suite's realm, issued to notification-service's service account: it is
   * not meant for the suite's API (audience), so the API refuses it.
   */
  static String forAnotherAudience() throws Exception {
    String body =
        send(
            form(
                RunningSuite.realmUrl() + "/protocol/openid-connect/token",
                "grant_type=client_credentials&client_id=notification-service"
                    + "&client_secret=local-demo-notification-secret"),
            200);
    return JSON.readTree(body).get("access_token").asText();
  }

  /** A real token whose signature no longer matches: its claims were changed. */
  static String forged(String real) {
    String[] parts = real.split("\\.");
    String claims =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"bob\"", "\"mallory\"");
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  /** A person made for one test through the admin API; answers the user's location to delete. */
  static String temporaryUser(String username, String password) throws Exception {
    String admin = masterToken();
    JsonNode user =
        JSON.createObjectNode()
            .put("username", username)
            .put("enabled", true)
            .put("email", username + "@example.org")
            .put("emailVerified", true)
            .put("firstName", "Temporary")
            .put("lastName", "Person")
            .set(
                "credentials",
                JSON.createArrayNode()
                    .add(
                        JSON.createObjectNode()
                            .put("type", "password")
                            .put("value", password)
                            .put("temporary", false)));
    HttpResponse<String> created = HTTP.send(post(adminUrl() + "/users", admin, user), ofString());
    assertEquals(201, created.statusCode(), created.body());
    return created.headers().firstValue("Location").orElseThrow();
  }

  static void deleteUser(String location) throws Exception {
    send(delete(location, masterToken()), 204);
  }

  /** The status of a password grant on the API client: 200 for a token. */
  static int passwordGrant(String username, String password) throws Exception {
    return HTTP.send(
            form(
                RunningSuite.realmUrl() + "/protocol/openid-connect/token",
                "grant_type=password&client_id=permit-api&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8)),
            ofString())
        .statusCode();
  }

  static JsonNode claims(String token) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
  }

  private static String masterToken() throws Exception {
    String body =
        send(
            form(
                RunningSuite.realmUrl().replace("/realms/permits", "/realms/master")
                    + "/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username="
                    + URLEncoder.encode(LOCAL_ADMIN, StandardCharsets.UTF_8)
                    + "&password="
                    + URLEncoder.encode(LOCAL_ADMIN, StandardCharsets.UTF_8)),
            200);
    return JSON.readTree(body).get("access_token").asText();
  }

  private static String adminUrl() {
    return RunningSuite.realmUrl().replace("/realms/permits", "/admin/realms/permits");
  }

  private static HttpRequest get(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  private static HttpRequest post(String url, String token, JsonNode body) throws Exception {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
        .build();
  }

  private static HttpRequest delete(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .DELETE()
        .build();
  }

  private static HttpRequest form(String url, String form) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  private static String send(HttpRequest request, int expected) throws Exception {
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(expected, response.statusCode(), request.uri() + ": " + response.body());
    return response.body();
  }
}
