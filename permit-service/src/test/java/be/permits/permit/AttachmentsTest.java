package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.testsupport.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentsTest {
  static final String ALICE = ApplicationApiTest.ALICE;
  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

  static ValidatableResponse upload(
      String token, String id, String kind, String name, byte[] bytes) {
    return given()
        .auth()
        .oauth2(token)
        .multiPart("kind", kind)
        .multiPart("file", name, bytes, "application/octet-stream")
        .post("/api/applications/{id}/attachments", id)
        .then();
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aDocumentIsRecognisedByItsContentHashedAndDownloadedAsStored() throws Exception {
    String id = ApplicationApiTest.createDraft(ALICE, Samples.liegeHub());
    String attachmentId =
        upload(ALICE, id, "SITE_PLAN", "../../site plan (v2).PDF", PDF)
            .statusCode(201)
            .body("mediaType", equalTo("application/pdf"))
            .body("fileName", equalTo("site plan (v2).PDF"))
            .body("sha256", equalTo(sha256(PDF)))
            .body("sizeBytes", equalTo(PDF.length))
            .extract()
            .path("id");
    // The content decides the type, and the name must not say otherwise.
    upload(ALICE, id, "OTHER", "photo.PNG", PNG)
        .statusCode(201)
        .body("mediaType", equalTo("image/png"));

    byte[] downloaded =
        given()
            .auth()
            .oauth2(ALICE)
            .get("/api/applications/{id}/attachments/{a}/content", id, attachmentId)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header(
                "Content-Disposition",
                equalTo(
                    "attachment; filename=\"site plan (v2).PDF\"; filename*=UTF-8''site%20plan%20%28v2%29.PDF"))
            .extract()
            .asByteArray();
    assertArrayEquals(PDF, downloaded);
  }

  @Test
  void anythingButPdfPngOrJpegIsRefusedWhateverItsName() {
    String id = ApplicationApiTest.createDraft(ALICE, Samples.liegeHub());
    upload(
            ALICE,
            id,
            "SITE_PLAN",
            "plan.pdf",
            "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1))
        .statusCode(415)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("file"));
    // A PNG renamed .pdf would open as something else than it claims: refused.
    upload(ALICE, id, "SITE_PLAN", "plan.pdf", PNG)
        .statusCode(415)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("file"));
    upload(ALICE, id, "SITE_PLAN", "plan", PDF).statusCode(415);
    upload(ALICE, id, "SITE_PLAN", "empty.pdf", new byte[0]).statusCode(413);
    upload(ALICE, id, "PASSPORT", "plan.pdf", PDF).statusCode(400);
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}/attachments", id)
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
  }

  @Test
  void anotherOrganisationCanNeitherSeeNorAddDocuments() {
    String id = ApplicationApiTest.createDraft(ALICE, Samples.liegeHub());
    String attachmentId =
        upload(ALICE, id, "SITE_PLAN", "plan.pdf", PDF).statusCode(201).extract().path("id");
    String bob = ApplicationApiTest.BOB;
    upload(bob, id, "SITE_PLAN", "plan.pdf", PDF).statusCode(404);
    given().auth().oauth2(bob).get("/api/applications/{id}/attachments", id).then().statusCode(404);
    given()
        .auth()
        .oauth2(bob)
        .get("/api/applications/{id}/attachments/{a}/content", id, attachmentId)
        .then()
        .statusCode(404);
  }

  @Test
  void submittedDocumentsAreFrozenAndTravelWithTheSubmission() throws Exception {
    String id = ApplicationApiTest.createDraft(ALICE, Samples.liegeHub());
    String removed =
        upload(ALICE, id, "OTHER", "draft.png", PNG).statusCode(201).extract().path("id");
    given()
        .auth()
        .oauth2(ALICE)
        .delete("/api/applications/{id}/attachments/{a}", id, removed)
        .then()
        .statusCode(204);
    String kept =
        upload(ALICE, id, "IMPACT_STUDY", "impact.pdf", PDF).statusCode(201).extract().path("id");
    ApplicationApiTest.submit(ALICE, id).statusCode(200);

    given()
        .auth()
        .oauth2(ALICE)
        .delete("/api/applications/{id}/attachments/{a}", id, kept)
        .then()
        .statusCode(409);
    upload(ALICE, id, "OTHER", "late.pdf", PDF).statusCode(409);
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}/attachments", id)
        .then()
        .body("$", hasSize(1))
        .body("[0].firstRevision", equalTo(1));

    PermitSubmitted event =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    KafkaEvents.readAll(Topics.PERMIT_EVENTS).stream()
                        .filter(
                            e ->
                                id.equals(e.key())
                                    && EventType.PERMIT_SUBMITTED.type().equals(e.type()))
                        .map(e -> e.dataAs(PermitSubmitted.class))
                        .toList(),
                events -> !events.isEmpty())
            .get(0);
    assertEquals(1, event.documents().size());
    assertEquals(sha256(PDF), event.documents().get(0).sha256());
    assertEquals("IMPACT_STUDY", event.documents().get(0).kind());
  }
}
