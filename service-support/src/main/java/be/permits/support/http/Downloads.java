package be.permits.support.http;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/** A stored document as a download, the same from the API and from a page. */
public final class Downloads {
  private Downloads() {}

  /**
   * Never shown inline and never cached, named for every browser (ASCII and RFC 6266's UTF-8 form),
   * with its SHA-256 as {@code Repr-Digest} (RFC 9530) so that the receiver can check it.
   */
  public static Response of(String fileName, String mediaType, String sha256Hex, byte[] bytes) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex));
    return Response.ok(bytes, mediaType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
        .header("Repr-Digest", "sha-256=:" + digest + ":")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** A text made on request (an export) as a download that no cache keeps. */
  public static Response ofText(String body, String mediaType, String fileName) {
    return Response.ok(body, mediaType)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
