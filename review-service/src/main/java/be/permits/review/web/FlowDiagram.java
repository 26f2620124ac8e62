package be.permits.review.web;

import be.permits.contracts.Countries;
import be.permits.contracts.permit.DeclaredSystem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The declared data flows as a diagram drawn on the server: the systems on the left, the countries
 * their data lives in or is reached from on the right, and a line for each link, drawn solid for
 * hosting and storage, dashed for administration, dotted for transfers. A country outside the
 * EU/EEA is drawn with a thick border and says so in words; the table beside the diagram holds the
 * same facts for those who do not see it.
 */
public record FlowDiagram(
    int width, int height, List<Box> systems, List<Box> countries, List<Link> links) {

  /** How a system reaches a country. */
  public enum Kind {
    HOSTED,
    STORED,
    ADMINISTERED,
    TRANSFERRED
  }

  /**
   * A labelled box; {@code outside} for a country outside the EU/EEA. A label longer than the box
   * holds is cut with an ellipsis: the table beside the diagram has it whole.
   */
  public record Box(String label, int x, int y, boolean outside) {
    public Box {
      if (label.codePointCount(0, label.length()) > MOST_LETTERS) {
        label = label.substring(0, label.offsetByCodePoints(0, MOST_LETTERS - 1)).strip() + "…";
      }
    }

    public int width() {
      return BOX_WIDTH;
    }

    public int height() {
      return BOX_HEIGHT;
    }

    public int textX() {
      return x + 10;
    }

    public int textY() {
      return y + 26;
    }
  }

  /** A line from a system to a country. */
  public record Link(Kind kind, int x1, int y1, int x2, int y2) {
    /** The dashes of the line, as SVG's {@code stroke-dasharray}: none for hosting and storage. */
    public String dashes() {
      return switch (kind) {
        case HOSTED, STORED -> "none";
        case ADMINISTERED -> "8 5";
        case TRANSFERRED -> "2 4";
      };
    }
  }

  private static final int BOX_WIDTH = 250;
  private static final int MOST_LETTERS = 28;
  private static final int BOX_HEIGHT = 40;
  private static final int ROW = 56;
  private static final int WIDTH = 700;

  /**
   * The diagram of {@code systems}; {@code countryName} names a country in the reader's words, and
   * {@code outside} is how they say that a country is outside the EU/EEA.
   */
  static FlowDiagram of(
      List<DeclaredSystem> systems, Function<String, String> countryName, String outside) {
    Map<String, Integer> countryRows = new LinkedHashMap<>();
    for (DeclaredSystem s : systems) {
      countriesOf(s).forEach((code, kind) -> countryRows.putIfAbsent(code, countryRows.size()));
    }
    List<Box> systemBoxes = new ArrayList<>();
    for (int i = 0; i < systems.size(); i++) {
      systemBoxes.add(new Box(systems.get(i).name(), 10, 10 + i * ROW, false));
    }
    List<Box> countryBoxes = new ArrayList<>();
    countryRows.forEach(
        (code, row) ->
            countryBoxes.add(
                new Box(
                    Countries.isEuOrEea(code)
                        ? countryName.apply(code)
                        : countryName.apply(code) + " (" + outside + ")",
                    WIDTH - BOX_WIDTH - 10,
                    10 + row * ROW,
                    !Countries.isEuOrEea(code))));
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < systems.size(); i++) {
      Box from = systemBoxes.get(i);
      for (Map.Entry<String, List<Kind>> reach : countriesOf(systems.get(i)).entrySet()) {
        Box to = countryBoxes.get(countryRows.get(reach.getKey()));
        int spread = 0;
        for (Kind kind : reach.getValue()) {
          // Several links between the same two boxes are drawn side by side, not on top.
          links.add(
              new Link(
                  kind,
                  from.x() + BOX_WIDTH,
                  from.y() + 14 + spread,
                  to.x(),
                  to.y() + 14 + spread));
          spread += 6;
        }
      }
    }
    int rows = Math.max(systems.size(), countryRows.size());
    return new FlowDiagram(WIDTH, 20 + rows * ROW, systemBoxes, countryBoxes, links);
  }

  /** The countries a system reaches, and how, in the order they are declared. */
  private static Map<String, List<Kind>> countriesOf(DeclaredSystem s) {
    Map<String, List<Kind>> reach = new LinkedHashMap<>();
    if (s.hostingCountry() != null) {
      add(reach, s.hostingCountry(), Kind.HOSTED);
    }
    s.data().forEach(h -> h.storedIn().forEach(c -> add(reach, c, Kind.STORED)));
    if (Boolean.TRUE.equals(s.remoteAccess())) {
      s.administeredFrom().forEach(c -> add(reach, c, Kind.ADMINISTERED));
    }
    s.transfers().forEach(t -> add(reach, t.country(), Kind.TRANSFERRED));
    return reach;
  }

  private static void add(Map<String, List<Kind>> reach, String country, Kind kind) {
    List<Kind> kinds = reach.computeIfAbsent(country, c -> new ArrayList<>());
    if (!kinds.contains(kind) && !(kind == Kind.STORED && kinds.contains(Kind.HOSTED))) {
      kinds.add(kind);
    }
  }
}
