package be.permits.permit;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Documents as an applicant uploads them: a tiny PDF and PNG, recognised by their content. */
final class Documents {
  private Documents() {}

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
}
