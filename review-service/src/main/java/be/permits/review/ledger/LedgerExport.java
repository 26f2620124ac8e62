package be.permits.review.ledger;

import be.permits.contracts.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes ledger exports. Each line is one entry with every field its hash covers. A range of the
 * ledger ends with the hash of its last entry and the number of entries (the chain); an
 * application's export starts with a witnessed checkpoint and gives each entry its inclusion proof
 * (the tree).
 */
final class LedgerExport {
  static final String CSV_HEADER =
      "seq,recordedAt,eventId,source,action,applicationId,actor,actorRole,actorAgency,"
          + "payloadHash,prevHash,entryHash";

  private LedgerExport() {}

  static String jsonl(List<LedgerEntry> entries) {
    StringBuilder out = new StringBuilder();
    for (LedgerEntry e : entries) {
      out.append(json(fields(e))).append('\n');
    }
    Map<String, Object> seal = new LinkedHashMap<>();
    seal.put("sealHead", head(entries));
    seal.put("sealCount", entries.size());
    return out.append(json(seal)).append('\n').toString();
  }

  /** The format of a per-application export, which the offline verifier reads. */
  static final String EXTRACT_FORMAT = "permits-ledger-extract/v2";

  /** The first line of a per-application export: its format and the witnessed checkpoint. */
  static Map<String, Object> header(UUID applicationId, String checkpointNote) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("format", EXTRACT_FORMAT);
    header.put("application", applicationId.toString());
    header.put("checkpoint", checkpointNote);
    return header;
  }

  /** An entry with its leaf index and inclusion proof against the export's checkpoint. */
  static Map<String, Object> provenEntry(LedgerEntry e, List<String> proof) {
    Map<String, Object> f = fields(e);
    f.put("leafIndex", e.seq - 1);
    f.put("inclusionProof", proof);
    return f;
  }

  /** The last line: what the export holds, sealed by the ledger's key. */
  static Map<String, Object> summary(
      UUID applicationId, int entries, long treeSize, int notYetWitnessed, String seal) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("extractOf", applicationId.toString());
    summary.put("entries", entries);
    summary.put("treeSize", treeSize);
    summary.put("notYetWitnessed", notYetWitnessed);
    summary.put("seal", seal);
    return summary;
  }

  static String csv(List<LedgerEntry> entries) {
    StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
    for (LedgerEntry e : entries) {
      out.append(
              String.join(
                  ",",
                  fields(e).values().stream()
                      .map(v -> v == null ? "" : csvValue(String.valueOf(v)))
                      .toList()))
          .append('\n');
    }
    return out.append("#seal,")
        .append(head(entries))
        .append(',')
        .append(entries.size())
        .append('\n')
        .toString();
  }

  private static Map<String, Object> fields(LedgerEntry e) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("seq", e.seq);
    f.put("recordedAt", e.recordedAt.toString());
    // A field without a value is left out of the JSON (an empty CSV cell); the hash covers it as
    // "null", as the offline verifier reads a missing field.
    f.put("eventId", e.eventId == null ? null : e.eventId.toString());
    f.put("source", e.source);
    f.put("action", e.action);
    f.put("applicationId", e.applicationId == null ? null : e.applicationId.toString());
    f.put("actor", e.actor);
    f.put("actorRole", e.actorRole);
    f.put("actorAgency", e.actorAgency);
    f.put("payloadHash", e.payloadHash);
    f.put("prevHash", e.prevHash);
    f.put("entryHash", e.entryHash);
    return f;
  }

  private static String head(List<LedgerEntry> entries) {
    return entries.isEmpty() ? "" : entries.get(entries.size() - 1).entryHash;
  }

  private static String csvValue(String value) {
    return value.contains(",") || value.contains("\"") || value.contains("\n")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }

  static String json(Map<String, Object> fields) {
    try {
      return EventJson.mapper().writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
