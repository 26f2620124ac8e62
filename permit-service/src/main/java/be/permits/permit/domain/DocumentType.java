package be.permits.permit.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The document formats an application accepts, recognised by their first bytes ("magic numbers"),
 * whatever the file name or the declared type says.
 */
public enum DocumentType {
  PDF("application/pdf", "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "pdf"),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png"),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg");

  private final String mediaType;
  private final byte[] magic;
  private final java.util.List<String> extensions;

  DocumentType(String mediaType, byte[] magic, String... extensions) {
    this.mediaType = mediaType;
    this.magic = magic;
    this.extensions = java.util.List.of(extensions);
  }

  /**
   * Whether {@code fileName} ends as this type's files do: a PNG named {@code .pdf} would open in
   * the wrong program on a reviewer's desk, so the name must agree with the content.
   */
  public boolean isNameOf(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot >= 0
        && extensions.contains(fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
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
