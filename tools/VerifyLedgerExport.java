// Verifies an export of the audit ledger (JSON Lines) without the database and without the suite:
//
//   java tools/VerifyLedgerExport.java application-<id>.jsonl --keys ledger-keys.txt
//   java tools/VerifyLedgerExport.java ledger-1.jsonl
//
// An application's export (format permits-ledger-extract/v2) heads with a checkpoint of the
// ledger's Merkle tree. It holds when: the checkpoint is signed by a ledger key and cosigned by a
// witness key of the key file (C2SP signed-note, tlog-checkpoint, tlog-cosignature; Ed25519);
// each entry's hash matches its fields; each entry's leaf leads by its inclusion proof to the
// checkpoint's root (RFC 9162); every entry belongs to the application, in order; and the last
// line, sealed by a ledger key, counts the entries and digests their leaves, so that none was
// left out, added or reordered. The key file has one key per line: "log <verifier key>" or
// "witness <verifier key>", as the auditor console offers it; take the witness's key from the
// witness's operator, not from the ledger.
//
// A range of the ledger (the older export) is a hash chain: each entry's hash matches its fields
// and the previous entry's hash, the numbering has no gap, and the seal (last line) names the last
// hash and the count. Nobody signs it: it shows that the entries agree with each other, not who
// wrote them; with --keys, only an export with proofs is accepted.
//
// Prints "valid: ..." and exits 0 if all holds; otherwise prints what failed, first, and exits 1.
// The rules are those of review-service (LedgerHash, MerkleTree, SignedNote), written again here
// on purpose: a verifier that shared the ledger's code would share its mistakes.

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class VerifyLedgerExport {
  static final String EXTRACT_FORMAT = "permits-ledger-extract/v2";

  public static void main(String[] args) throws Exception {
    Path export = null;
    Path keyFile = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--keys") && i + 1 < args.length) {
        keyFile = Path.of(args[++i]);
      } else if (export == null) {
        export = Path.of(args[i]);
      } else {
        export = null;
        break;
      }
    }
    if (export == null) {
      System.err.println(
          "usage: java tools/VerifyLedgerExport.java <export.jsonl> [--keys ledger-keys.txt]");
      System.exit(2);
    }
    List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
    List<String> keys =
        keyFile == null ? List.of() : Files.readAllLines(keyFile, StandardCharsets.UTF_8);
    String result = verify(lines, keys);
    System.out.println(result);
    System.exit(result.startsWith("valid") ? 0 : 1);
  }

  /** What the export proves, or what failed first. */
  public static String verify(List<String> lines, List<String> keyLines) {
    try {
      List<String> content = lines.stream().filter(l -> !l.isBlank()).toList();
      if (content.isEmpty()) {
        return "broken: the export is empty";
      }
      Object first = Json.parse(content.get(0));
      if (first instanceof Map<?, ?> header && header.containsKey("format")) {
        return verifyExtract(content, Keys.read(keyLines));
      }
      if (!keyLines.isEmpty()) {
        // Keys were given to check signatures: a range of the chain carries none, and anyone can
        // write one that agrees with itself.
        return "broken: not an export with proofs (a range of the ledger's chain carries no"
            + " signature to check the keys against)";
      }
      return verifyChain(content);
    } catch (RuntimeException e) {
      return "broken: unreadable export (" + e.getMessage() + ")";
    }
  }

  // ---- An application's export: a witnessed checkpoint and an inclusion proof per entry ----

  static String verifyExtract(List<String> lines, Keys keys) {
    if (keys.log.isEmpty()) {
      return "broken: no ledger key given (--keys with a line 'log <key>')";
    }
    if (keys.witnesses.isEmpty()) {
      return "broken: no witness key given (--keys with a line 'witness <key>')";
    }
    Map<String, Object> header = object(lines.get(0));
    if (!EXTRACT_FORMAT.equals(header.get("format"))) {
      return "broken: unknown format " + header.get("format");
    }
    String application = (String) header.get("application");
    if (!(header.get("checkpoint") instanceof String noteText)) {
      return "not proven: the export holds no witnessed checkpoint yet (export again once a"
          + " witness has cosigned one)";
    }
    Note note = Note.parse(noteText);
    String[] body = note.text.split("\n", -1);
    if (body.length != 5 || !body[3].startsWith("time ") || !body[4].isEmpty()) {
      return "broken: the checkpoint is not origin, size, root hash and time";
    }
    String origin = body[0];
    long treeSize = Long.parseLong(body[1]);
    byte[] root = Base64.getDecoder().decode(body[2]);
    Key ledgerKey = note.signedBy(keys.log, origin);
    if (ledgerKey == null) {
      return "broken: the checkpoint is not signed by a ledger key of the key file";
    }
    Key witness = null;
    long cosignedAt = -1;
    for (Key w : keys.witnesses) {
      long at = note.cosignedAt(w);
      if (at >= 0) {
        witness = w;
        cosignedAt = at;
        break;
      }
    }
    if (witness == null) {
      return "broken: the checkpoint is not cosigned by a witness key of the key file";
    }
    MessageDigest leaves = sha256();
    long lastSeq = 0;
    int entries = 0;
    for (String line : lines.subList(1, lines.size() - 1)) {
      Map<String, Object> f = object(line);
      long seq = number(f.get("seq"));
      if (seq <= lastSeq) {
        return "broken at entry " + seq + ": out of order or repeated";
      }
      if (!application.equals(f.get("applicationId"))) {
        return "broken at entry " + seq + ": it is about another application";
      }
      String canonical = canonicalLine(f);
      if (!hex(sha256(canonical.getBytes(StandardCharsets.UTF_8))).equals(f.get("entryHash"))) {
        return "broken at entry " + seq + ": its content does not match its hash";
      }
      if (number(f.get("leafIndex")) != seq - 1) {
        return "broken at entry " + seq + ": its leaf index is not its place in the ledger";
      }
      byte[] leaf = leafHash(canonical.getBytes(StandardCharsets.UTF_8));
      List<byte[]> proof = new ArrayList<>();
      if (!(f.get("inclusionProof") instanceof List<?> hashes)) {
        return "broken at entry " + seq + ": it has no inclusion proof";
      }
      for (Object h : hashes) {
        proof.add(Base64.getDecoder().decode((String) h));
      }
      if (!verifyInclusion(seq - 1, treeSize, leaf, proof, root)) {
        return "broken at entry "
            + seq
            + ": its inclusion proof does not lead to the checkpoint's root";
      }
      leaves.update(leaf);
      lastSeq = seq;
      entries++;
    }
    Map<String, Object> summary = object(lines.get(lines.size() - 1));
    if (!application.equals(summary.get("extractOf"))) {
      return "broken: the last line does not close this application's export (truncated?)";
    }
    if (number(summary.get("entries")) != entries) {
      return "broken: the last line counts "
          + summary.get("entries")
          + " entries, the export has "
          + entries;
    }
    if (number(summary.get("treeSize")) != treeSize) {
      return "broken: the last line names another checkpoint than the first";
    }
    Note seal = Note.parse((String) summary.get("seal"));
    if (seal.signedBy(keys.log, origin) == null) {
      return "broken: the export's seal is not signed by a ledger key of the key file";
    }
    long pending = number(summary.get("notYetWitnessed"));
    String expected =
        origin
            + "\nextract "
            + application
            + "\n"
            + treeSize
            + "\n"
            + body[2]
            + "\n"
            + entries
            + "\n"
            + Base64.getEncoder().encodeToString(leaves.digest())
            + "\npending "
            + pending
            + "\n";
    if (!seal.text.equals(expected)) {
      return "broken: the seal does not match the export: an entry was left out, added or"
          + " reordered, or the checkpoint or the count of newer entries was changed";
    }
    return "valid: "
        + entries
        + " entries of application "
        + application
        + " proven against the checkpoint of "
        + treeSize
        + " entries (root "
        + body[2]
        + "), signed by "
        + ledgerKey
        + " at "
        + body[3].substring(5)
        + ", cosigned by "
        + witness
        + " at "
        + Instant.ofEpochSecond(cosignedAt)
        + (pending > 0
            ? "; " + pending + " newer entries await the next witnessed checkpoint"
            : "");
  }

  /** The canonical line of an entry, as LedgerHash writes it; a missing field reads "null". */
  static String canonicalLine(Map<String, Object> f) {
    return String.join(
        "|",
        text(f.get("prevHash")),
        Long.toString(number(f.get("seq"))),
        Instant.parse(text(f.get("recordedAt"))).toString(),
        text(f.get("eventId")),
        text(f.get("source")),
        text(f.get("action")),
        text(f.get("applicationId")),
        text(f.get("actor")),
        text(f.get("actorRole")),
        text(f.get("actorAgency")),
        text(f.get("payloadHash")));
  }

  // ---- A range of the ledger: the hash chain and its seal ----

  static String verifyChain(List<String> lines) {
    String prev = null;
    long expectedSeq = -1;
    long count = 0;
    for (int i = 0; i < lines.size(); i++) {
      Map<String, Object> f = object(lines.get(i));
      if (f.containsKey("sealHead")) {
        if (i != lines.size() - 1) {
          return "broken: lines follow the seal";
        }
        String head = prev == null ? "" : prev;
        if (!head.equals(f.get("sealHead"))) {
          return "broken: the seal names another head than the last entry's hash";
        }
        if (number(f.get("sealCount")) != count) {
          return "broken: the seal counts " + f.get("sealCount") + " entries, the file has " + count;
        }
        return "valid: "
            + count
            + " entries, chained (unsigned: the entries agree with each other; an application's"
            + " export with --keys proves what the ledger and its witness signed)";
      }
      long seq = number(f.get("seq"));
      if (expectedSeq >= 0 && seq != expectedSeq) {
        return "broken at entry " + expectedSeq + ": missing or out of order";
      }
      if (prev != null && !prev.equals(f.get("prevHash"))) {
        return "broken at entry " + seq + ": does not follow the entry before it";
      }
      String hash = hex(sha256(canonicalLine(f).getBytes(StandardCharsets.UTF_8)));
      if (!hash.equals(f.get("entryHash"))) {
        return "broken at entry " + seq + ": its content does not match its hash";
      }
      prev = hash;
      expectedSeq = seq + 1;
      count++;
    }
    return "broken: the export has no seal (truncated?)";
  }

  // ---- RFC 9162: leaf and node hashes, inclusion proofs ----

  static byte[] leafHash(byte[] leaf) {
    MessageDigest sha = sha256();
    sha.update((byte) 0);
    sha.update(leaf);
    return sha.digest();
  }

  static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest sha = sha256();
    sha.update((byte) 1);
    sha.update(left);
    sha.update(right);
    return sha.digest();
  }

  static boolean verifyInclusion(
      long index, long size, byte[] leaf, List<byte[]> proof, byte[] root) {
    if (index < 0 || index >= size) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leaf;
    for (byte[] p : proof) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }

  // ---- C2SP signed notes, Ed25519 ----

  /** A public key of the key file: name, signature type, key id, the 32 bytes. */
  record Key(String name, int type, int id, byte[] publicKey) {
    static Key parse(String vkey) {
      String[] parts = vkey.strip().split("\\+", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException("a key reads name+id+key: " + vkey);
      }
      byte[] material = Base64.getDecoder().decode(parts[2]);
      Key key =
          new Key(
              parts[0],
              material[0] & 0xff,
              Integer.parseUnsignedInt(parts[1], 16),
              Arrays.copyOfRange(material, 1, material.length));
      MessageDigest sha = sha256();
      sha.update(key.name.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update((byte) key.type);
      sha.update(key.publicKey);
      if (ByteBuffer.wrap(sha.digest()).getInt() != key.id) {
        throw new IllegalArgumentException("the key id does not match key " + key.name);
      }
      return key;
    }

    boolean verifies(byte[] message, byte[] signature) {
      try {
        byte[] prefix = HexFormat.of().parseHex("302a300506032b6570032100");
        byte[] encoded = new byte[prefix.length + 32];
        System.arraycopy(prefix, 0, encoded, 0, prefix.length);
        System.arraycopy(publicKey, 0, encoded, prefix.length, 32);
        PublicKey pk = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pk);
        verifier.update(message);
        return verifier.verify(signature);
      } catch (Exception e) {
        return false;
      }
    }

    @Override
    public String toString() {
      return name + " (key " + String.format("%08x", id) + ")";
    }
  }

  /** The key file: ledger keys (type 0x01) and witness keys (type 0x04). */
  record Keys(List<Key> log, List<Key> witnesses) {
    static Keys read(List<String> lines) {
      List<Key> log = new ArrayList<>();
      List<Key> witnesses = new ArrayList<>();
      for (String line : lines) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] parts = l.split("\\s+", 2);
        Key key = Key.parse(parts[1]);
        if (parts[0].equals("log") && key.type == 0x01) {
          log.add(key);
        } else if (parts[0].equals("witness") && key.type == 0x04) {
          witnesses.add(key);
        } else {
          throw new IllegalArgumentException("the key file line is neither a ledger nor a witness key: " + l);
        }
      }
      return new Keys(log, witnesses);
    }
  }

  /** A signed note: its text, then its signature lines (key name, key id, signature bytes). */
  record Note(String text, List<Object[]> signatures) {
    static Note parse(String note) {
      int separator = note.lastIndexOf("\n\n");
      if (separator < 0 || !note.endsWith("\n")) {
        throw new IllegalArgumentException("not a signed note");
      }
      List<Object[]> signatures = new ArrayList<>();
      for (String line : note.substring(separator + 2).split("\n")) {
        if (!line.startsWith("\u2014 ")) {
          throw new IllegalArgumentException("a signature line starts with an em dash");
        }
        String[] parts = line.substring(2).split(" ");
        byte[] all = Base64.getDecoder().decode(parts[1]);
        signatures.add(
            new Object[] {
              parts[0], ByteBuffer.wrap(all).getInt(), Arrays.copyOfRange(all, 4, all.length)
            });
      }
      return new Note(note.substring(0, separator + 1), signatures);
    }

    /** The ledger key that signed this note, if one of {@code keys} (named {@code origin}) did. */
    Key signedBy(List<Key> keys, String origin) {
      for (Object[] s : signatures) {
        for (Key k : keys) {
          if (k.name.equals(s[0])
              && k.name.equals(origin)
              && k.id == (int) s[1]
              && k.verifies(text.getBytes(StandardCharsets.UTF_8), (byte[]) s[2])) {
            return k;
          }
        }
      }
      return null;
    }

    /** When {@code witness} cosigned this note (tlog-cosignature v1); -1 if it did not. */
    long cosignedAt(Key witness) {
      for (Object[] s : signatures) {
        byte[] sig = (byte[]) s[2];
        if (witness.name.equals(s[0]) && witness.id == (int) s[1] && sig.length == 72) {
          long at = ByteBuffer.wrap(sig).getLong();
          String message = "cosignature/v1\ntime " + at + "\n" + text;
          if (at >= 0
              && witness.verifies(
                  message.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(sig, 8, 72))) {
            return at;
          }
        }
      }
      return -1;
    }
  }

  // ---- Small helpers and a JSON reader (objects, arrays, strings, numbers, true/false/null) ----

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] sha256(byte[] bytes) {
    return sha256().digest(bytes);
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String line) {
    if (!(Json.parse(line) instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("a line is not a JSON object");
    }
    return (Map<String, Object>) map;
  }

  static long number(Object value) {
    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw new IllegalArgumentException("not a whole number: " + value);
    }
    return n.longValue();
  }

  /** A field as the hash reads it: absent or null is "null". */
  static String text(Object value) {
    return value == null ? "null" : value instanceof String s ? s : String.valueOf(value);
  }

  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String s) {
      Json json = new Json(s);
      Object value = json.value();
      json.space();
      if (json.i != s.length()) {
        throw new IllegalArgumentException("text after the JSON value");
      }
      return value;
    }

    private void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private Object value() {
      space();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        space();
        if (s.charAt(i) == '}') {
          i++;
          return map;
        }
        while (true) {
          space();
          String key = string();
          space();
          expect(':');
          if (map.put(key, value()) != null) {
            throw new IllegalArgumentException("field " + key + " twice");
          }
          space();
          if (s.charAt(i) == ',') {
            i++;
          } else {
            expect('}');
            return map;
          }
        }
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        i++;
        space();
        if (s.charAt(i) == ']') {
          i++;
          return list;
        }
        while (true) {
          list.add(value());
          space();
          if (s.charAt(i) == ',') {
            i++;
          } else {
            expect(']');
            return list;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      if (s.startsWith("null", i)) {
        i += 4;
        return null;
      }
      if (s.startsWith("true", i)) {
        i += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("false", i)) {
        i += 5;
        return Boolean.FALSE;
      }
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      String number = s.substring(start, i);
      if (number.isEmpty()) {
        throw new IllegalArgumentException("unexpected '" + c + "'");
      }
      return number.matches("-?\\d+") ? (Object) Long.parseLong(number) : Double.parseDouble(number);
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (s.charAt(i) != '"') {
        char c = s.charAt(i++);
        if (c == '\\') {
          char next = s.charAt(i++);
          switch (next) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> out.append(next);
          }
        } else {
          out.append(c);
        }
      }
      i++;
      return out.toString();
    }

    private void expect(char c) {
      if (i >= s.length() || s.charAt(i) != c) {
        throw new IllegalArgumentException("expected '" + c + "'");
      }
      i++;
    }
  }
}
