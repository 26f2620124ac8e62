package be.permits.systemtests;

import static be.permits.systemtests.WholeStoryTest.as;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The demo application (the Liège hub), submitted through the API by a demo applicant and found
 * complete by Colette, a coordinating official, so that its review is open.
 */
final class Submissions {
  private Submissions() {}

  /** A submitted application: its id and the reference the applicant is given. */
  record Submitted(String id, String reference) {}

  static String demoApplication() {
    try (InputStream in = Submissions.class.getResourceAsStream("/demo/liege-hub.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Submitted throughApi(String applicant) {
    return throughApi(applicant, null);
  }

  /** Creates and submits the demo application, which waits for its completeness check. */
  static Submitted submittedOnly(String applicant) {
    return submit(applicant, null);
  }

  /** Creates and submits the demo application, the submission within a trace if one is given. */
  static Submitted throughApi(String applicant, String traceparent) {
    Submitted submitted = submit(applicant, traceparent);
    fileComplete(submitted.reference());
    return submitted;
  }

  private static Submitted submit(String applicant, String traceparent) {
    String id =
        as(applicant)
            .contentType(ContentType.JSON)
            .body(demoApplication())
            .post("/api/applications")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    RequestSpecification submit = as(applicant);
    if (traceparent != null) {
      submit.header("traceparent", traceparent);
    }
    String reference =
        submit
            .post("/api/applications/{id}/submit", id)
            .then()
            .statusCode(200)
            .extract()
            .path("reference");
    return new Submitted(id, reference);
  }

  /**
   * Time passes for the public inquiry on {@code reference}: its days are moved back so that it
   * ended yesterday, and the service's own job closes it (every two seconds in these tests) as it
   * would after its last day.
   */
  static void inquiryEnded(String reference) {
    moveInquiry(reference, "starts_on = current_date - 20, ends_on = current_date - 1");
  }

  /** The public inquiry on {@code reference} takes observations from today (not tomorrow). */
  static void inquiryStarted(String reference) {
    moveInquiry(reference, "starts_on = current_date");
  }

  /**
   * Time passes after the decision on {@code reference}: it is moved {@code days} back, and so are
   * the windows to appeal it.
   */
  static void decisionTakenDaysAgo(String reference, int days) {
    move(
        "review_case",
        reference,
        "decided_on = decided_on - "
            + days
            + ", appeal_until = appeal_until - "
            + days
            + ", appeal_windows = (SELECT jsonb_object_agg(k, to_char(v::date - "
            + days
            + ", 'YYYY-MM-DD')) FROM jsonb_each_text(appeal_windows) AS w(k, v))");
  }

  private static void moveInquiry(String reference, String change) {
    move("inquiry", reference, change);
  }

  private static void move(String table, String reference, String change) {
    try (java.sql.Connection c = SuiteBacklog.database("review");
        java.sql.PreparedStatement moved =
            c.prepareStatement("UPDATE " + table + " SET " + change + " WHERE reference = ?")) {
      moved.setString(1, reference);
      if (moved.executeUpdate() != 1) {
        throw new IllegalStateException("No " + table + " on " + reference);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Colette, a coordinating official, finds the file complete: its review opens. */
  static void fileComplete(String reference) {
    JsonPath check = WholeStoryTest.myCase("colette", reference);
    String caseId = check.getString("id");
    String step = check.getString("myStep.id");
    as("colette").post("/api/cases/{c}/steps/{s}/claim", caseId, step).then().statusCode(200);
    WholeStoryTest.declareNoConflict("colette", caseId, step);
    as("colette")
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "COMPLETE"))
        .post("/api/cases/{c}/steps/{s}/decision", caseId, step)
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("DECIDED"));
  }
}
