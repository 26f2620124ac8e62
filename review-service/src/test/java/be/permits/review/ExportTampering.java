package be.permits.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Random changes to a per-application export, each one a change of meaning (never of layout): a
 * field of an entry, a hash of a proof, the checkpoint or its signatures, the seal, or lines
 * removed, repeated, swapped or cut off. Base64 is changed by flipping a bit of what it decodes to,
 * so that no change hides in padding bits.
 */
final class ExportTampering {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] TEXT_FIELDS = {
    "recordedAt",
    "eventId",
    "source",
    "action",
    "applicationId",
    "actor",
    "actorRole",
    "actorAgency",
    "payloadHash",
    "prevHash",
    "entryHash"
  };

  private final Random random;

  ExportTampering(long seed) {
    random = new Random(seed);
  }

  /** The export with one change; {@code what} receives what was changed. */
  List<String> tamper(List<String> export, StringBuilder what) {
    List<String> lines = new ArrayList<>(export);
    int entries = lines.size() - 2;
    int kind = random.nextInt(entries > 1 ? 12 : 9);
    int entry = 1 + random.nextInt(Math.max(1, entries));
    try {
      switch (kind) {
        case 0, 1, 2 -> {
          ObjectNode e = (ObjectNode) JSON.readTree(lines.get(entry));
          String field = TEXT_FIELDS[random.nextInt(TEXT_FIELDS.length)];
          String before = e.path(field).isMissingNode() ? null : e.get(field).asText();
          e.put(field, changed(field, before));
          what.append("entry line ").append(entry).append(": ").append(field);
          lines.set(entry, JSON.writeValueAsString(e));
        }
        case 3 -> {
          ObjectNode e = (ObjectNode) JSON.readTree(lines.get(entry));
          String field = random.nextBoolean() ? "seq" : "leafIndex";
          e.put(field, e.get(field).asLong() + (random.nextBoolean() ? 1 : -1));
          what.append("entry line ").append(entry).append(": ").append(field);
          lines.set(entry, JSON.writeValueAsString(e));
        }
        case 4 -> {
          ObjectNode e = (ObjectNode) JSON.readTree(lines.get(entry));
          ArrayNode proof = (ArrayNode) e.get("inclusionProof");
          if (proof.isEmpty() || random.nextInt(4) == 0) {
            proof.add(flipBase64(Base64.getEncoder().encodeToString(new byte[32])));
            what.append("entry line ").append(entry).append(": a hash added to its proof");
          } else {
            int i = random.nextInt(proof.size());
            proof.set(i, new TextNode(flipBase64(proof.get(i).asText())));
            what.append("entry line ").append(entry).append(": proof hash ").append(i);
          }
          lines.set(entry, JSON.writeValueAsString(e));
        }
        case 5 -> {
          ObjectNode e = (ObjectNode) JSON.readTree(lines.get(entry));
          String field = TEXT_FIELDS[random.nextInt(TEXT_FIELDS.length)];
          if (e.has(field)) {
            e.remove(field);
            what.append("entry line ").append(entry).append(": ").append(field).append(" removed");
          } else {
            e.put(field, "x");
            what.append("entry line ").append(entry).append(": ").append(field).append(" added");
          }
          lines.set(entry, JSON.writeValueAsString(e));
        }
        case 6 -> {
          ObjectNode header = (ObjectNode) JSON.readTree(lines.get(0));
          header.put("checkpoint", tamperedNote(header.get("checkpoint").asText(), true));
          what.append("the checkpoint");
          lines.set(0, JSON.writeValueAsString(header));
        }
        case 7 -> {
          int last = lines.size() - 1;
          ObjectNode summary = (ObjectNode) JSON.readTree(lines.get(last));
          switch (random.nextInt(3)) {
            case 0 -> summary.put("entries", summary.get("entries").asLong() + 1);
            case 1 -> summary.put("treeSize", summary.get("treeSize").asLong() - 1);
            default -> summary.put("seal", tamperedNote(summary.get("seal").asText(), false));
          }
          what.append("the last line");
          lines.set(last, JSON.writeValueAsString(summary));
        }
        case 8 -> {
          if (random.nextBoolean()) {
            lines.remove(lines.size() - 1);
            what.append("the last line cut off");
          } else {
            lines.remove(0);
            what.append("the first line cut off");
          }
        }
        case 9 -> {
          lines.remove(entry);
          what.append("entry line ").append(entry).append(" removed");
        }
        case 10 -> {
          lines.add(entry, lines.get(entry));
          what.append("entry line ").append(entry).append(" repeated");
        }
        default -> {
          int other = entry == 1 ? 2 : entry - 1;
          String a = lines.get(entry);
          lines.set(entry, lines.get(other));
          lines.set(other, a);
          what.append("entry lines ")
              .append(other)
              .append(" and ")
              .append(entry)
              .append(" swapped");
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return lines;
  }

  private String changed(String field, String before) {
    if (before == null) {
      return "CUSTOMS";
    }
    if (field.equals("recordedAt")) {
      return java.time.Instant.parse(before).plusNanos(1000).toString();
    }
    if (field.endsWith("Hash") || field.endsWith("Id")) {
      int i = random.nextInt(before.length());
      char c = before.charAt(i);
      char d = c == '-' ? '-' : (c == 'a' ? 'b' : 'a');
      if (c == '-') {
        i = 0;
        d = before.charAt(0) == 'a' ? 'b' : 'a';
      }
      return before.substring(0, i) + d + before.substring(i + 1);
    }
    return before + "x";
  }

  /** A signed note with its size or root changed (a checkpoint), or a signature's bit flipped. */
  private String tamperedNote(String note, boolean checkpoint) {
    String[] lines = note.split("\n", -1);
    int choice = random.nextInt(checkpoint ? 3 : 2);
    if (choice == 0) {
      // A bit of the first signature.
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].startsWith("— ")) {
          int space = lines[i].lastIndexOf(' ');
          lines[i] = lines[i].substring(0, space + 1) + flipBase64(lines[i].substring(space + 1));
          break;
        }
      }
    } else if (checkpoint && choice == 1) {
      lines[1] = Long.toString(Long.parseLong(lines[1]) + 1);
    } else {
      // A checkpoint's root hash; a seal's root hash or digest of the leaves.
      int line = checkpoint ? 2 : random.nextBoolean() ? 3 : 5;
      lines[line] = flipBase64(lines[line]);
    }
    return String.join("\n", lines);
  }

  private String flipBase64(String text) {
    byte[] bytes = Base64.getDecoder().decode(text);
    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
    return Base64.getEncoder().encodeToString(bytes);
  }
}
