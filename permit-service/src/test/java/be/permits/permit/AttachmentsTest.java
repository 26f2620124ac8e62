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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentsTest {
  static final String ALICE = Applicants.ALICE;

  @Test
  void aDocumentIsRecognisedByItsContentHashedAndDownloadedAsStored() throws Exception {
    String id = Applicants.createDraft(ALICE, Samples.liegeHub());
    String attachmentId =
        Documents.upload(ALICE, id, "SITE_PLAN", "../../site plan (v2).PDF", Documents.PDF)
            .statusCode(201)
            .body("mediaType", equalTo("application/pdf"))
            .body("fileName", equalTo("site plan (v2).PDF"))
            .body("sha256", equalTo(Documents.sha256(Documents.PDF)))
            .body("sizeBytes", equalTo(Documents.PDF.length))
            .extract()
            .path("id");
    // The content decides the type, and the name must not say otherwise.
    Documents.upload(ALICE, id, "OTHER", "photo.PNG", Documents.PNG)
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
    assertArrayEquals(Documents.PDF, downloaded);
  }

  @Test
  void anythingButPdfPngOrJpegIsRefusedWhateverItsName() {
    String id = Applicants.createDraft(ALICE, Samples.liegeHub());
    Documents.upload(
            ALICE,
            id,
            "SITE_PLAN",
            "plan.pdf",
            "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1))
        .statusCode(415)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("file"));
    // A Documents.PNG renamed .pdf would open as something else than it claims: refused.
    Documents.upload(ALICE, id, "SITE_PLAN", "plan.pdf", Documents.PNG)
        .statusCode(415)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("file"));
    Documents.upload(ALICE, id, "SITE_PLAN", "plan", Documents.PDF).statusCode(415);
    Documents.upload(ALICE, id, "SITE_PLAN", "empty.pdf", new byte[0]).statusCode(413);
    Documents.upload(ALICE, id, "PASSPORT", "plan.pdf", Documents.PDF).statusCode(400);
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
    String id = Applicants.createDraft(ALICE, Samples.liegeHub());
    String attachmentId =
        Documents.upload(ALICE, id, "SITE_PLAN", "plan.pdf", Documents.PDF)
            .statusCode(201)
            .extract()
            .path("id");
    String bob = Applicants.BOB;
    Documents.upload(bob, id, "SITE_PLAN", "plan.pdf", Documents.PDF).statusCode(404);
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
    String id = Applicants.createDraft(ALICE, Samples.liegeHub());
    String removed =
        Documents.upload(ALICE, id, "OTHER", "draft.png", Documents.PNG)
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(ALICE)
        .delete("/api/applications/{id}/attachments/{a}", id, removed)
        .then()
        .statusCode(204);
    String kept =
        Documents.upload(ALICE, id, "IMPACT_STUDY", "impact.pdf", Documents.PDF)
            .statusCode(201)
            .extract()
            .path("id");
    Applicants.submit(ALICE, id).statusCode(200);

    given()
        .auth()
        .oauth2(ALICE)
        .delete("/api/applications/{id}/attachments/{a}", id, kept)
        .then()
        .statusCode(409);
    Documents.upload(ALICE, id, "OTHER", "late.pdf", Documents.PDF).statusCode(409);
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
    assertEquals(Documents.sha256(Documents.PDF), event.documents().get(0).sha256());
    assertEquals("IMPACT_STUDY", event.documents().get(0).kind());
  }
}
