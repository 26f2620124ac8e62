package be.permits.contracts.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A text with signatures (C2SP signed-note): the text, ending in a newline, a blank line, then one
 * line per signature, {@code — name base64(key id ‖ signature)}. The log signs a checkpoint with a
 * {@link NoteKey#NOTE} key (Ed25519 over the text); a witness adds a cosignature with a {@link
 * NoteKey#COSIGNATURE} key (C2SP tlog-cosignature v1: Ed25519 over {@code cosignature/v1}, {@code
 * time <seconds>} and the text, the time before the signature).
 */
public record SignedNote(String text, List<Line> signatures) {
  private static final String DASH = "— ";
  private static final int MAX_SIGNATURES = 16;

  /** One signature line: the key's name, its id, and what follows the id. */
  public record Line(String keyName, int keyId, byte[] signature) {
    public String format() {
      byte[] all = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
      return DASH + keyName + " " + Base64.getEncoder().encodeToString(all) + "\n";
    }

    boolean isBy(NoteKey key) {
      return keyName.equals(key.name()) && keyId == key.keyId();
    }
  }

  public SignedNote {
    if (!text.endsWith("\n")) {
      throw new IllegalArgumentException("A note's text ends with a newline");
    }
    if (text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
      throw new IllegalArgumentException("A note holds no control character but newlines");
    }
    signatures = List.copyOf(signatures);
  }

  /** A text not yet signed. */
  public static SignedNote unsigned(String text) {
    return new SignedNote(text, List.of());
  }

  /** Reads a note as {@link #format} writes it; refuses anything else. */
  public static SignedNote parse(String note) {
    int separator = note.lastIndexOf("\n\n");
    if (separator < 0 || !note.endsWith("\n")) {
      throw new IllegalArgumentException("A signed note is a text, a blank line and signatures");
    }
    String text = note.substring(0, separator + 1);
    String[] lines = note.substring(separator + 2).split("\n");
    if (lines.length > MAX_SIGNATURES) {
      throw new IllegalArgumentException("More than " + MAX_SIGNATURES + " signatures");
    }
    List<Line> signatures = new ArrayList<>();
    for (String line : lines) {
      if (!line.startsWith(DASH)) {
        throw new IllegalArgumentException("A signature line starts with an em dash and a space");
      }
      String[] parts = line.substring(DASH.length()).split(" ");
      if (parts.length != 2) {
        throw new IllegalArgumentException("A signature line holds a key name and a signature");
      }
      byte[] all = Base64.getDecoder().decode(parts[1]);
      if (all.length < 5) {
        throw new IllegalArgumentException("A signature holds a key id and its bytes");
      }
      signatures.add(
          new Line(
              parts[0], ByteBuffer.wrap(all).getInt(), Arrays.copyOfRange(all, 4, all.length)));
    }
    return new SignedNote(text, signatures);
  }

  /** The note as text: the text, a blank line, the signature lines. */
  public String format() {
    StringBuilder out = new StringBuilder(text).append('\n');
    signatures.forEach(line -> out.append(line.format()));
    return out.toString();
  }

  /** This note with the log's signature added. */
  public SignedNote signedBy(NoteKey key) {
    requireType(key, NoteKey.NOTE);
    return with(new Line(key.name(), key.keyId(), key.sign(bytes(text))));
  }

  /** This note with a witness's cosignature, made at {@code epochSecond}. */
  public SignedNote cosignedBy(NoteKey witness, long epochSecond) {
    requireType(witness, NoteKey.COSIGNATURE);
    byte[] signature = witness.sign(cosignedMessage(epochSecond));
    byte[] timestamped =
        ByteBuffer.allocate(8 + signature.length).putLong(epochSecond).put(signature).array();
    return with(new Line(witness.name(), witness.keyId(), timestamped));
  }

  /** Whether the log key {@code key} signed this text. */
  public boolean isSignedBy(NoteKey key) {
    requireType(key, NoteKey.NOTE);
    return signatures.stream()
        .anyMatch(line -> line.isBy(key) && key.verify(bytes(text), line.signature()));
  }

  /** When the witness key {@code witness} cosigned this text, if its cosignature verifies. */
  public Optional<Long> cosignedAt(NoteKey witness) {
    requireType(witness, NoteKey.COSIGNATURE);
    for (Line line : signatures) {
      if (line.isBy(witness) && line.signature().length == 8 + 64) {
        long at = ByteBuffer.wrap(line.signature()).getLong();
        byte[] signature = Arrays.copyOfRange(line.signature(), 8, line.signature().length);
        if (at >= 0 && witness.verify(cosignedMessage(at), signature)) {
          return Optional.of(at);
        }
      }
    }
    return Optional.empty();
  }

  /** The signature lines by keys of this name (a log's or a witness's, whichever key id). */
  public List<Line> linesNamed(String keyName) {
    return signatures.stream().filter(line -> line.keyName().equals(keyName)).toList();
  }

  /** This note with {@code line} added, unless a line of the same key is already there. */
  public SignedNote with(Line line) {
    List<Line> all = new ArrayList<>(signatures);
    all.removeIf(l -> l.keyName().equals(line.keyName()) && l.keyId() == line.keyId());
    all.add(line);
    return new SignedNote(text, all);
  }

  private byte[] cosignedMessage(long epochSecond) {
    return bytes("cosignature/v1\ntime " + epochSecond + "\n" + text);
  }

  private static void requireType(NoteKey key, int type) {
    if (key.type() != type) {
      throw new IllegalArgumentException("Key " + key + " is not of signature type " + type);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
