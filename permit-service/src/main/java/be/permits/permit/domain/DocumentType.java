package be.permits.permit.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The document formats an application accepts, recognised by their first bytes ("magic numbers"),
 * whatever the file name or the declared type says.
 */
public enum DocumentType {
  PDF("application/pdf", "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final String mediaType;
  private final byte[] magic;

  DocumentType(String mediaType, byte[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The type whose signature {@code head} starts with, if any. */
  public static Optional<DocumentType> detect(byte[] head) {
    return Arrays.stream(values()).filter(t -> startsWith(head, t.magic)).findFirst();
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
