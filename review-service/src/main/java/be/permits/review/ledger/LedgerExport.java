package be.permits.review.ledger;

import be.permits.contracts.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes ledger exports. Each line is one entry with every field its hash covers; the last line
 * seals the export with the hash of its last entry and the number of entries.
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

  /**
   * One application's entries; the last line says what the extract holds. Each entry keeps its
   * hashes, so each can be checked against a full export or the database.
   */
  static String extract(List<LedgerEntry> entries, UUID applicationId) {
    StringBuilder out = new StringBuilder();
    for (LedgerEntry e : entries) {
      out.append(json(fields(e))).append('\n');
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("extractOf", applicationId.toString());
    summary.put("extractCount", entries.size());
    return out.append(json(summary)).append('\n').toString();
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

  private static String json(Map<String, Object> fields) {
    try {
      return EventJson.mapper().writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
