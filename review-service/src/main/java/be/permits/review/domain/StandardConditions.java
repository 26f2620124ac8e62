package be.permits.review.domain;

import be.permits.contracts.Agency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The library of standard conditions an agency picks from ({@code flows/conditions.json}): each in
 * every language, with the obligation it becomes once the permit is granted; {@code
 * otherConditions} is the obligation a condition typed by a reviewer becomes.
 */
public record StandardConditions(
    String version, String description, Obligation otherConditions, List<Condition> conditions) {

  /** A standard condition, and the agencies that may attach it. */
  public record Condition(
      String id, Set<Agency> agencies, Map<String, String> text, Obligation obligation) {
    public String textIn(String lang) {
      return text.getOrDefault(lang, text.get("en"));
    }
  }

  /**
   * What the condition asks of the operator after the permit: evidence first due {@code
   * firstDueMonths} after the decision, then every {@code everyMonths} ({@code null}: once).
   */
  public record Obligation(Integer everyMonths, int firstDueMonths, Map<String, String> evidence) {
    public String evidenceIn(String lang) {
      return evidence.getOrDefault(lang, evidence.get("en"));
    }
  }

  /**
   * Checks the library once, when it is loaded.
   *
   * @throws IllegalArgumentException naming the first bad condition
   */
  public StandardConditions {
    if (version == null || version.isBlank() || version.length() > 40) {
      throw new IllegalArgumentException("Standard conditions need a version");
    }
    if (otherConditions == null) {
      throw new IllegalArgumentException("Standard conditions need otherConditions");
    }
    check("otherConditions", otherConditions);
    Set<String> ids = new java.util.HashSet<>();
    for (Condition c : conditions) {
      if (c.id() == null || !ids.add(c.id()) || c.id().length() > 80) {
        throw new IllegalArgumentException("A standard condition without a unique id: " + c.id());
      }
      if (c.agencies() == null || c.agencies().isEmpty() || c.obligation() == null) {
        throw new IllegalArgumentException(c.id() + ": no agency or no obligation");
      }
      check(c.id(), c.obligation());
      for (String lang : RoutingRules.LANGUAGES) {
        String text = c.text() == null ? null : c.text().get(lang);
        if (text == null || text.isBlank() || text.length() > 2000) {
          throw new IllegalArgumentException(c.id() + ": no text of at most 2000 in " + lang);
        }
      }
    }
    conditions = List.copyOf(conditions);
  }

  private static void check(String what, Obligation o) {
    if (o.firstDueMonths() < 1
        || o.firstDueMonths() > 120
        || (o.everyMonths() != null && (o.everyMonths() < 1 || o.everyMonths() > 120))) {
      throw new IllegalArgumentException(what + ": due dates out of 1 to 120 months");
    }
    for (String lang : RoutingRules.LANGUAGES) {
      String text = o.evidence() == null ? null : o.evidence().get(lang);
      if (text == null || text.isBlank() || text.length() > 2000) {
        throw new IllegalArgumentException(what + ": no evidence of at most 2000 in " + lang);
      }
    }
  }

  public Optional<Condition> find(String id) {
    return conditions.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The conditions {@code agency} may attach, in the library's order. */
  public List<Condition> of(Agency agency) {
    return conditions.stream().filter(c -> c.agencies().contains(agency)).toList();
  }
}
