package be.permits.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every API operation of every service, for every kind of caller, through the entry point with real
 * Keycloak tokens: a caller whose role the operation admits is let through (never 401 or 403), any
 * other role gets 403, a request without a valid token 401. The operations are read from the
 * services' OpenAPI documents, and the table below must name each of them.
 */
@ExtendWith(RunningSuite.class)
class AuthorizationMatrixTest {
  static final String APPLICANT = "applicant";
  static final String REVIEWER = "reviewer";
  static final String AUDITOR = "auditor";
  static final String ADMIN = "admin";
  static final Set<String> EVERYONE = Set.of(APPLICANT, REVIEWER, AUDITOR, ADMIN);

  /** Who may call each operation, by role. */
  static final Map<String, Set<String>> TABLE = new LinkedHashMap<>();

  static {
    for (String op :
        List.of(
            "GET /api/applications",
            "POST /api/applications",
            "GET /api/applications/{id}",
            "PUT /api/applications/{id}",
            "DELETE /api/applications/{id}",
            "POST /api/applications/{id}/submit",
            "POST /api/applications/{id}/withdraw",
            "GET /api/applications/{id}/related",
            "GET /api/applications/{id}/notes",
            "GET /api/applications/{id}/revisions",
            "GET /api/applications/{id}/revisions/{number}",
            "GET /api/applications/{id}/revisions/diff",
            "GET /api/applications/{id}/attachments",
            "POST /api/applications/{id}/attachments",
            "GET /api/applications/{id}/attachments/{attachmentId}/content",
            "DELETE /api/applications/{id}/attachments/{attachmentId}",
            "GET /api/applications/{id}/information-requests",
            "POST /api/applications/{id}/information-requests/{requestId}/answer")) {
      TABLE.put(op, Set.of(APPLICANT));
    }
    for (String op :
        List.of(
            "GET /api/cases",
            "GET /api/cases/reviewers",
            "GET /api/cases/{id}",
            "GET /api/cases/{id}/notes",
            "POST /api/cases/{id}/notes",
            "POST /api/cases/{caseId}/steps/{stepId}/claim",
            "POST /api/cases/{caseId}/steps/{stepId}/release",
            "POST /api/cases/{caseId}/steps/{stepId}/assign",
            "POST /api/cases/{caseId}/steps/{stepId}/interest",
            "POST /api/cases/{caseId}/steps/{stepId}/decision",
            "POST /api/cases/{caseId}/steps/{stepId}/confirm",
            "PUT /api/notifications/agency-preferences")) {
      TABLE.put(op, Set.of(REVIEWER));
    }
    TABLE.put("GET /api/admin/routing-rules", Set.of(ADMIN));
    for (String op :
        List.of(
            "GET /api/audit/applications/{id}",
            "GET /api/audit/entries",
            "GET /api/audit/verify",
            "GET /api/audit/export")) {
      TABLE.put(op, Set.of(AUDITOR));
    }
    for (String op :
        List.of(
            "GET /api/notifications",
            "GET /api/notifications/unread-count",
            "POST /api/notifications/{id}/read",
            "POST /api/notifications/read-all",
            "GET /api/notifications/stream",
            "GET /api/notifications/preferences",
            "PUT /api/notifications/preferences")) {
      TABLE.put(op, EVERYONE);
    }
  }

  static final Map<String, String> CALLERS =
      // Bob, not Alice: the matrix's POSTs may leave an empty draft, and tests count Alice's.
      Map.of(APPLICANT, "bob", REVIEWER, "sophie", AUDITOR, "audrey", ADMIN, "adam");

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  final ObjectMapper json = new ObjectMapper();

  @Test
  void everyOperationAdmitsExactlyItsRolesAndNoOneWithoutAValidToken() throws Exception {
    Map<String, JsonNode> operations = new LinkedHashMap<>();
    SuitePortsView ports = new SuitePortsView();
    for (int port : List.of(ports.permit(), ports.review(), ports.notification())) {
      JsonNode doc =
          json.readTree(get("http://127.0.0.1:" + port + "/q/openapi?format=json", null).body());
      for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
          paths.hasNext(); ) {
        Map.Entry<String, JsonNode> path = paths.next();
        path.getValue()
            .fields()
            .forEachRemaining(
                op ->
                    operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
      }
    }
    assertEquals(
        new TreeSet<>(TABLE.keySet()),
        new TreeSet<>(operations.keySet()),
        "the table names every operation of the OpenAPI documents, and no other");

    String forged = forgedToken(RunningSuite.token("bob"));
    String otherAudience = serviceAccountToken();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Set<String>> row : TABLE.entrySet()) {
      String method = row.getKey().substring(0, row.getKey().indexOf(' '));
      String path = concrete(row.getKey().substring(row.getKey().indexOf(' ') + 1));
      boolean multipart =
          operations
              .get(row.getKey())
              .path("requestBody")
              .path("content")
              .has("multipart/form-data");
      Map<String, String> invalid = new LinkedHashMap<>();
      invalid.put("no token", null);
      invalid.put("a forged token", forged);
      invalid.put("a token for another audience", otherAudience);
      for (Map.Entry<String, String> caller : invalid.entrySet()) {
        int status = call(method, path, caller.getValue(), multipart);
        if (status != 401) {
          failures.add(row.getKey() + " with " + caller.getKey() + ": " + status + " (want 401)");
        }
      }
      for (Map.Entry<String, String> role : CALLERS.entrySet()) {
        int status = call(method, path, RunningSuite.token(role.getValue()), multipart);
        boolean admitted = row.getValue().contains(role.getKey());
        if (admitted && (status == 401 || status == 403 || status >= 500)) {
          failures.add(row.getKey() + " as " + role.getKey() + ": " + status + " (want through)");
        }
        if (!admitted && status != 403) {
          failures.add(row.getKey() + " as " + role.getKey() + ": " + status + " (want 403)");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /** A path with made-up ids: what matters here is who gets past the door, not what is found. */
  static String concrete(String template) {
    return template
        .replace("{number}", "1")
        .replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
  }

  int call(String method, String path, String token, boolean multipart) throws Exception {
    String boundary = "matrix" + UUID.randomUUID();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(RunningSuite.entryUrl() + path))
            .timeout(Duration.ofSeconds(5));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpRequest.BodyPublisher body;
    if (multipart) {
      request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
      body =
          HttpRequest.BodyPublishers.ofString(
              "--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n--"
                  + boundary
                  + "--\r\n");
    } else {
      request.header("Content-Type", "application/json");
      body = HttpRequest.BodyPublishers.ofString("{}");
    }
    request.method(
        method,
        method.equals("GET") || method.equals("DELETE")
            ? HttpRequest.BodyPublishers.noBody()
            : body);
    // Headers are enough: a stream (server-sent events) would never end. A refusal comes at
    // once; a stream that stays open without a word has let the caller in.
    try {
      HttpResponse<java.io.InputStream> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      response.body().close();
      return response.statusCode();
    } catch (java.net.http.HttpTimeoutException streaming) {
      return 200;
    }
  }

  HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A genuine token of the realm, issued to notification-service's service account: it is not meant
   * for the suite's API (audience), so the API refuses it.
   */
  String serviceAccountToken() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(RunningSuite.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=notification-service"
                            + "&client_secret=local-demo-notification-secret"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return json.readTree(response.body()).get("access_token").asText();
  }

  /** A real token whose signature no longer matches: its claims were changed. */
  static String forgedToken(String real) {
    String[] parts = real.split("\\.");
    String claims =
        new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"bob\"", "\"mallory\"");
    return parts[0]
        + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
        + "."
        + parts[2];
  }

  /** The services' ports of this run. */
  record SuitePortsView(int permit, int review, int notification) {
    SuitePortsView() {
      this(
          RunningSuite.ports().permitService(),
          RunningSuite.ports().reviewService(),
          RunningSuite.ports().notificationService());
    }
  }
}
