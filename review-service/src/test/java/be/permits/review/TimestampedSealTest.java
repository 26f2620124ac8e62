package be.permits.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.review.document.DecisionSeal;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Where a timestamp authority is configured ({@code seal.tsa-url}), a seal is PAdES baseline T: it
 * carries the authority's time over HTTP (RFC 3161), and its check says the time is the
 * authority's; a changed byte still breaks it.
 */
@QuarkusTest
@TestProfile(SealingProfile.class)
class TimestampedSealTest {
  @Inject DecisionSeal seal;

  @Test
  void aSealWithATimestampAuthorityIsBaselineTAndSaysWhoseTimeItIs() throws Exception {
    int before = LocalTimestampAuthority.REQUESTS.get();
    byte[] sealed = seal.seal(blankPdf(), "A timestamped seal", Instant.now());
    assertTrue(LocalTimestampAuthority.REQUESTS.get() > before, "the authority was asked");
    DecisionSeal.Check check = seal.check(sealed);
    assertTrue(check.valid(), check.toString());
    assertEquals("PAdES_BASELINE_T", check.level());
    assertTrue(check.trustedTime(), "the time is the timestamp authority's");
    assertFalse(seal.check(DecisionDocumentTest.changedInSignedContent(sealed)).valid());
  }

  private static byte[] blankPdf() throws Exception {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
