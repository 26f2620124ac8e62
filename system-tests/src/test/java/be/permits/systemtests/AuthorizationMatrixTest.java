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
 * Keycloak tokens, on a real application and its case: a caller whose role the operation admits is
 * let through (never 401, 403 or 5xx), unless the object is someone else's, which answers 404 as if
 * it did not exist; any other role gets 403; a request without a valid token (none, forged,
 * expired, of another issuer, for another audience) gets 401. The operations are read from the
 * services' OpenAPI documents, and the table below must name each of them.
 */
@ExtendWith(RunningSuite.class)
class AuthorizationMatrixTest {
  static final String APPLICANT = "applicant";
  static final String REVIEWER = "reviewer";
  static final String AUDITOR = "auditor";
  static final String ADMIN = "admin";
  static final String COORDINATOR = "coordinator";
  static final String FINANCE = "finance";

  /** An agency's lead (Simon, checked below): no caller of the table is one. */
  static final String LEAD = "lead";

  static final Set<String> EVERYONE = Set.of(APPLICANT, REVIEWER, AUDITOR, ADMIN);

  /** An operation open to anyone, without a token (a bad token is still refused). */
  static final String PUBLIC = "public";

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
            "GET /api/applications/{id}/invoices",
            "GET /api/applications/{id}/decision-documents",
            "GET /api/applications/{id}/obligations",
            "POST /api/applications/{id}/obligations/{obligationId}/evidence",
            "GET /api/applications/{id}/decision-documents/{kind}",
            "POST /api/applications/{id}/information-requests/{requestId}/answer",
            "POST /api/applications/{id}/information-requests/{requestId}/answer-with-document")) {
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
            "POST /api/cases/{caseId}/steps/{stepId}/return",
            "POST /api/cases/{caseId}/steps/{stepId}/screening-phase",
            "GET /api/absences",
            "POST /api/absences",
            "POST /api/absences/{id}/end",
            "PUT /api/notifications/agency-preferences")) {
      TABLE.put(op, Set.of(REVIEWER));
    }
    TABLE.put("GET /api/admin/routing-rules", Set.of(ADMIN));
    TABLE.put("POST /api/decisions/verifications", Set.of(PUBLIC));
    TABLE.put("GET /api/figures", Set.of(PUBLIC));
    TABLE.put("GET /api/figures/months.csv", Set.of(PUBLIC));
    for (String op :
        List.of(
            "POST /api/finance/statements",
            "GET /api/finance/payments",
            "POST /api/finance/payments/{paymentId}/resolution")) {
      TABLE.put(op, Set.of(FINANCE));
    }
    // Coordinating officials only (Colette, checked below): every other caller gets 403.
    TABLE.put("POST /api/cases/{id}/decision-extension", Set.of(COORDINATOR));
    TABLE.put("GET /api/team", Set.of(LEAD));
    for (String op :
        List.of(
            "GET /api/audit/applications/{id}",
            "GET /api/audit/entries",
            "GET /api/audit/verify",
            "GET /api/audit/export",
            "GET /api/audit/applications/{id}/export",
            "GET /api/audit/applications/{id}/proof",
            "GET /api/audit/checkpoints/latest",
            "POST /api/audit/checkpoints",
            "GET /api/audit/keys",
            "GET /api/audit/proofs/inclusion",
            "GET /api/audit/proofs/consistency")) {
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

  /** A person calling the API: a demo user, with a role, and whether the object is theirs. */
  record Caller(String description, String user, String role, boolean foreign) {}

  static final List<Caller> CALLERS =
      List.of(
          // Bob owns the matrix's application; the empty drafts its POSTs create are deleted.
          new Caller("the applicant who owns it", "bob", APPLICANT, false),
          new Caller("another applicant", "alice", APPLICANT, true),
          new Caller("a reviewer of an agency on the case", "sophie", REVIEWER, false),
          new Caller("a reviewer of an agency not on the case", "diane", REVIEWER, true),
          new Caller("an auditor", "audrey", AUDITOR, false),
          new Caller("a finance officer", "felix", FINANCE, false),
          new Caller("an administrator", "adam", ADMIN, false));

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  final ObjectMapper json = new ObjectMapper();

  /** The ids the paths are filled with: Bob's submitted application and its review case. */
  record Objects(String applicationId, String caseId, String stepId) {}

  @Test
  void everyOperationAdmitsExactlyItsCallersAndNoOneWithoutAValidToken() throws Exception {
    Map<String, JsonNode> operations = openApiOperations();
    assertEquals(
        new TreeSet<>(TABLE.keySet()),
        new TreeSet<>(operations.keySet()),
        "the table names every operation of the OpenAPI documents, and no other");

    Objects objects = bobsSubmittedApplication();
    Map<String, List<String>> draftsBefore = new LinkedHashMap<>();
    for (String applicant : List.of("bob", "alice")) {
      draftsBefore.put(applicant, drafts(applicant));
    }
    Map<String, String> invalid = new LinkedHashMap<>();
    invalid.put("no token", null);
    invalid.put("a forged token", Tokens.forged(RunningSuite.token("bob")));
    invalid.put("an expired token", Tokens.expired());
    invalid.put("a token of another issuer", Tokens.ofAnotherIssuer());
    invalid.put("a token for another audience", Tokens.forAnotherAudience());
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Set<String>> row : TABLE.entrySet()) {
      String method = row.getKey().substring(0, row.getKey().indexOf(' '));
      String template = row.getKey().substring(row.getKey().indexOf(' ') + 1);
      String path = concrete(template, objects);
      boolean multipart =
          operations
              .get(row.getKey())
              .path("requestBody")
              .path("content")
              .has("multipart/form-data");
      for (Map.Entry<String, String> caller : invalid.entrySet()) {
        int status = call(method, path, caller.getValue(), multipart);
        if (caller.getValue() == null && row.getValue().contains(PUBLIC)) {
          if (status == 401 || status == 403 || status >= 500) {
            failures.add(row.getKey() + " without a token: " + status + " (want through)");
          }
        } else if (status != 401) {
          failures.add(row.getKey() + " with " + caller.getKey() + ": " + status + " (want 401)");
        }
      }
      for (Caller caller : CALLERS) {
        int status = call(method, path, RunningSuite.token(caller.user()), multipart);
        String expected = expected(row.getValue(), caller, template);
        boolean ok =
            switch (expected) {
              case "403" -> status == 403;
              // A malformed body is refused before any lookup, which reveals nothing either.
              case "404" -> status == 404 || status == 400;
              default -> status != 401 && status != 403 && status < 500;
            };
        if (!ok) {
          failures.add(
              row.getKey()
                  + " as "
                  + caller.description()
                  + ": "
                  + status
                  + " (want "
                  + expected
                  + ")");
        }
      }
    }
    // A coordinating official extends the decision period (or is told why not), never refused.
    int extension =
        call(
            "POST",
            concrete("/api/cases/{id}/decision-extension", objects),
            RunningSuite.token("colette"),
            false);
    if (extension == 401 || extension == 403 || extension >= 500) {
      failures.add("POST /api/cases/{id}/decision-extension as colette: " + extension);
    }
    // An agency's lead reads the team's load.
    int team = call("GET", "/api/team", RunningSuite.token("simon"), false);
    if (team != 200) {
      failures.add("GET /api/team as simon: " + team);
    }
    // The POSTs above leave empty drafts; their owners delete them, as a user would.
    draftsBefore.forEach(
        (applicant, before) ->
            drafts(applicant).stream()
                .filter(id -> !before.contains(id))
                .forEach(
                    id ->
                        WholeStoryTest.as(applicant)
                            .delete("/api/applications/{id}", id)
                            .then()
                            .statusCode(204)));
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  static List<String> drafts(String applicant) {
    return WholeStoryTest.as(applicant)
        .get("/api/applications")
        .then()
        .statusCode(200)
        .extract()
        .path("findAll { it.status == 'DRAFT' }.id");
  }

  /** 403 for a role the operation does not admit, 404 for someone else's object, else through. */
  static String expected(Set<String> admitted, Caller caller, String template) {
    if (admitted.contains(PUBLIC)) {
      return "through";
    }
    if (!admitted.contains(caller.role())) {
      return "403";
    }
    boolean objectOfItsOwner =
        template.startsWith("/api/applications/{id}")
            || template.startsWith("/api/cases/{id}")
            || template.startsWith("/api/cases/{caseId}");
    return caller.foreign() && objectOfItsOwner ? "404" : "through";
  }

  Map<String, JsonNode> openApiOperations() throws Exception {
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
    return operations;
  }

  /** Bob submits the demo application; state security's step on its case is the matrix's step. */
  Objects bobsSubmittedApplication() throws Exception {
    Submissions.Submitted submitted = Submissions.throughApi("bob");
    io.restassured.path.json.JsonPath kase = WholeStoryTest.myCase("sophie", submitted.reference());
    return new Objects(
        submitted.id(), kase.getString("id"), WholeStoryTest.myStep(kase, "STATE_SECURITY"));
  }

  /** A path on the matrix's objects; ids below them (documents, requests) are made up. */
  static String concrete(String template, Objects objects) {
    String path =
        template.startsWith("/api/cases")
            ? template
                .replace("{id}", objects.caseId())
                .replace("{caseId}", objects.caseId())
                .replace("{stepId}", objects.stepId())
            : template.replace("{id}", objects.applicationId());
    return path.replace("{number}", "1")
        .replace("{kind}", "DECISION")
        .replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
  }

  int call(String method, String path, String token, boolean multipart) throws Exception {
    String boundary = "matrix" + UUID.randomUUID();
    // Only the event stream may stay open without a word; any other call has 30 s to answer, so
    // that a slow answer on a busy machine is not taken for a stream (seen in CI).
    boolean stream = path.endsWith("/stream");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(RunningSuite.entryUrl() + path))
            .timeout(Duration.ofSeconds(stream ? 5 : 30));
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
    } else if (path.startsWith("/api/finance/statements")) {
      // A statement is XML; any other type is refused (415) before anyone is asked who calls.
      request.header("Content-Type", "application/xml");
      body = HttpRequest.BodyPublishers.ofString("<Document/>");
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
      if (!stream) {
        throw streaming;
      }
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
