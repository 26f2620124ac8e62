// Verifies a sealed export of the audit ledger (JSON Lines) without the database:
//
//   java tools/VerifyLedgerExport.java ledger-1.jsonl
//
// Recomputes every entry's SHA-256 hash from its fields and the previous entry's hash, checks
// that the numbering has no gap, and that the seal (last line) names the last hash and the count.
// Exits 0 and prints "valid" if all holds, else exits 1 naming the first broken entry. The hash
// rules are those of review-service's LedgerHash; this file has no dependency, on purpose.

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class VerifyLedgerExport {
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java tools/VerifyLedgerExport.java <export.jsonl>");
      System.exit(2);
    }
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    String result = verify(lines);
    System.out.println(result);
    System.exit(result.equals("valid") ? 0 : 1);
  }

  static String verify(List<String> lines) throws Exception {
    String prev = null;
    long expectedSeq = -1;
    long count = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> f = parse(line);
      if (f.containsKey("sealHead")) {
        String head = prev == null ? "" : prev;
        if (!f.get("sealHead").equals(head)) {
          return "broken: the seal names another head than the last entry's hash";
        }
        if (Long.parseLong(f.get("sealCount")) != count) {
          return "broken: the seal counts " + f.get("sealCount") + " entries, the file has " + count;
        }
        return "valid";
      }
      long seq = Long.parseLong(f.get("seq"));
      if (expectedSeq >= 0 && seq != expectedSeq) {
        return "broken at entry " + expectedSeq + ": missing or out of order";
      }
      if (prev != null && !f.get("prevHash").equals(prev)) {
        return "broken at entry " + seq + ": does not follow the entry before it";
      }
      String line2 =
          String.join(
              "|",
              f.get("prevHash"),
              Long.toString(seq),
              Instant.parse(f.get("recordedAt")).toString(),
              f.get("eventId"),
              f.get("source"),
              f.get("action"),
              f.get("applicationId"),
              f.get("actor"),
              f.get("actorRole"),
              f.get("actorAgency"),
              f.get("payloadHash"));
      String hash =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(line2.getBytes(StandardCharsets.UTF_8)));
      if (!hash.equals(f.get("entryHash"))) {
        return "broken at entry " + seq + ": its content does not match its hash";
      }
      prev = hash;
      expectedSeq = seq + 1;
      count++;
    }
    return "broken: the export has no seal (truncated?)";
  }

  /** A flat JSON object of strings and numbers, as the export writes it. */
  static Map<String, String> parse(String json) {
    Map<String, String> fields = new LinkedHashMap<>();
    int i = json.indexOf('{') + 1;
    while (i < json.length()) {
      int keyStart = json.indexOf('"', i);
      if (keyStart < 0) {
        break;
      }
      int keyEnd = json.indexOf('"', keyStart + 1);
      String key = json.substring(keyStart + 1, keyEnd);
      int colon = json.indexOf(':', keyEnd);
      int v = colon + 1;
      StringBuilder value = new StringBuilder();
      if (json.charAt(v) == '"') {
        v++;
        while (json.charAt(v) != '"') {
          char c = json.charAt(v);
          if (c == '\\') {
            char next = json.charAt(++v);
            if (next == 'u') {
              value.append((char) Integer.parseInt(json.substring(v + 1, v + 5), 16));
              v += 4;
            } else {
              value.append(
                  switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> next;
                  });
            }
          } else {
            value.append(c);
          }
          v++;
        }
        v++;
      } else {
        while (v < json.length() && json.charAt(v) != ',' && json.charAt(v) != '}') {
          value.append(json.charAt(v++));
        }
      }
      fields.put(key, value.toString().strip());
      i = v + 1;
    }
    return fields;
  }
}
