package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewDecisionSealed;
import be.permits.review.InquiryTest.Hub;
import be.permits.review.document.DecisionSeal;
import be.permits.review.service.InquiryClosing;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A decision's sealed document: written in the applicant's language with what a decision notice
 * holds, tagged for assistive technology, sealed with PAdES and validated by DSS; one changed byte
 * makes it invalid, on the API and on the public page alike.
 */
@QuarkusTest
class DecisionDocumentTest {
  @Inject MovableClock clock;
  @Inject InquiryClosing closing;
  @Inject DecisionSeal seal;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void aDecisionIsSealedAndAnyoneCanVerifyItButNotATamperedCopy() throws Exception {
    Hub hub = AppealTest.decidedHub(clock, closing);
    ReviewDecisionSealed sealed =
        Cases.awaitEvent(
            hub.application().applicationId(),
            EventType.REVIEW_DECISION_SEALED,
            ReviewDecisionSealed.class);
    byte[] pdf = sealed.content();
    // Kept for a look (target/decision-document-fr.pdf), as an applicant would open it.
    java.nio.file.Files.write(java.nio.file.Path.of("target", "decision-document-fr.pdf"), pdf);
    assertEquals("DECISION", sealed.kind());
    assertEquals("fr", sealed.language(), "the applicant's language");
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
        sealed.sha256(),
        "the event's hash is the hash of the PDF it carries");

    // What a decision notice holds, in French, tagged and with its language.
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      String reference = hub.application().reference();
      for (String expected :
          new String[] {
            "Décision relative à la demande " + reference,
            "Décret du 11 mars 1999 relatif au permis d'environnement",
            "Skyway Logistics Belgium SRL",
            "Le permis est accordé, aux conditions ci-dessous.",
            "Night flights",
            "Avis des instances consultées",
            "Documents examinés",
            "Qui peut introduire un recours, et jusqu'à quand :",
            "Le demandeur : jusqu'au ",
            "/decisions/verify"
          }) {
        assertTrue(text.contains(expected), "the document says: " + expected + "\n" + text);
      }
      assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
      assertEquals("fr", document.getDocumentCatalog().getLanguage());
      assertTrue(
          document.getDocumentInformation().getTitle().contains(reference), "its title names it");
    }

    // DSS: intact, made with the authority's certificate, covering the whole file.
    DecisionSeal.Check check = seal.check(pdf);
    assertTrue(check.valid(), check.toString());
    assertTrue(check.sealedBy().contains("Deciding authority"), check.sealedBy());
    byte[] tampered = changedInSignedContent(pdf);
    DecisionSeal.Check broken = seal.check(tampered);
    assertFalse(broken.valid(), "one changed byte: " + broken);
    // A byte of the signature field's padding lies outside what the seal signs.
    byte[] padded = changedInSignaturePadding(pdf);

    // The public API, without login.
    given()
        .contentType("application/pdf")
        .body(pdf)
        .post("/api/decisions/verifications")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("sealedBy", containsString("Deciding authority"))
        .body("sealedAt", org.hamcrest.Matchers.notNullValue())
        .body("issued.reference", equalTo(hub.application().reference()))
        .body("issued.kind", equalTo("DECISION"))
        .body("issued.inForce", equalTo(true));
    given()
        .contentType("application/pdf")
        .body(tampered)
        .post("/api/decisions/verifications")
        .then()
        .statusCode(200)
        .body("valid", equalTo(false))
        .body("issued", nullValue());
    given()
        .contentType("application/pdf")
        .body(padded)
        .post("/api/decisions/verifications")
        .then()
        .statusCode(200)
        .body("valid", equalTo(false))
        .body("asIssued", equalTo(false))
        .body("issued", nullValue());
    // Any one changed byte, wherever it falls (content, cross-references, the seal itself): the
    // answer is 'not valid', never an error.
    for (int at = 7; at < pdf.length; at += pdf.length / 29) {
      byte[] changed = pdf.clone();
      changed[at] ^= 0x01;
      given()
          .contentType("application/pdf")
          .body(changed)
          .post("/api/decisions/verifications")
          .then()
          .statusCode(200)
          .body("valid", equalTo(false));
    }
    given()
        .contentType("application/pdf")
        .body(new byte[0])
        .post("/api/decisions/verifications")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");

    // The public page, in Dutch: the verdict in words.
    assertTrue(page(pdf).contains("Het zegel is geldig"));
    assertTrue(page(pdf).contains(hub.application().reference()));
    String refused = page(tampered);
    assertTrue(refused.contains("Het zegel is niet geldig"), refused);
    assertFalse(refused.contains(hub.application().reference()), "nothing of the case");
    String notAsIssued = page(padded);
    assertTrue(notAsIssued.contains("Het zegel is niet geldig"), notAsIssued);
    assertTrue(notAsIssued.contains("niet byte voor byte"), notAsIssued);
  }

  /**
   * A forged seal whose certificate points to its issuer, revocation list and OCSP responder at an
   * address of the attacker's choosing: checking it fetches nothing (no server-side request
   * forgery), says it is not the authority's, and does not show the forger's chosen name.
   */
  @Test
  void aForgedSealIsNotTrustedAndMakesTheServiceFetchNothing() throws Exception {
    java.util.concurrent.atomic.AtomicInteger fetched =
        new java.util.concurrent.atomic.AtomicInteger();
    com.sun.net.httpserver.HttpServer listener =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    listener.createContext(
        "/",
        exchange -> {
          fetched.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    listener.start();
    try {
      String bait = "http://127.0.0.1:" + listener.getAddress().getPort();
      byte[] forged = ForgedSeal.sealedBlankPdf("Deciding authority (forged)", bait);
      given()
          .contentType("application/pdf")
          .body(forged)
          .post("/api/decisions/verifications")
          .then()
          .statusCode(200)
          .body("sealed", equalTo(true))
          .body("trusted", equalTo(false))
          .body("valid", equalTo(false));
      String shown = page(forged);
      assertTrue(shown.contains("Het zegel is niet geldig"), shown);
      assertFalse(shown.contains("(forged)"), "the forger's name is not shown");
      assertEquals(0, fetched.get(), "nothing was fetched from the certificate's addresses");
    } finally {
      listener.stop(0);
    }
  }

  /** One byte of the document's own content changed: inside what the seal signs. */
  static byte[] changedInSignedContent(byte[] pdf) {
    byte[] changed = pdf.clone();
    changed[300] ^= 0x01;
    return changed;
  }

  /** One hexadecimal zero of the signature value's padding changed: outside the signed range. */
  static byte[] changedInSignaturePadding(byte[] pdf) {
    String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
    int contents = text.lastIndexOf("/Contents <");
    int end = text.indexOf('>', contents);
    assertTrue(contents > 0 && text.charAt(end - 1) == '0', "a padded signature value");
    byte[] changed = pdf.clone();
    changed[end - 1] = '1';
    return changed;
  }

  private static String page(byte[] pdf) {
    String csrf = InquiryTest.csrfOf("/decisions/verify");
    return given()
        .header("Accept-Language", "nl")
        .cookie("csrf", csrf)
        .multiPart("csrf", csrf)
        .multiPart("document", "beslissing.pdf", pdf, "application/pdf")
        .post("/decisions/verify")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
