package be.permits.review.web;

import be.permits.contracts.EventJson;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.review.service.CaseViews.Change;
import be.permits.support.web.CommonMessages;
import be.permits.support.web.PageContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An application as a reviewer reads it on the desk: every field under its label, its value in the
 * reader's words (choices by their label, countries by name, numbers, amounts and percentages as
 * the reader's language writes them, lists as lists), and the changes between two revisions in the
 * same words. The summary and the changes go through the same wording, field by field.
 */
public final class ApplicationWords {
  /** The fields a reviewer reads, by section, in the order of the applicant's form. */
  static final Map<String, List<String>> SECTIONS = sections();

  private static final List<String> COUNTRIES =
      List.of(
          "organisation.countryOfIncorporation",
          "organisation.ultimateParentCountry",
          "data.storageCountries",
          "data.thirdCountryTransfers");

  /** One field: its JSON path (the template labels it) and its value in words. */
  public record Row(String field, List<Shown> values) {}

  /** A section of the application: organisation, site, project or data. */
  public record Section(String name, List<Row> rows) {}

  /** A changed field: its values before and after, in words. */
  public record ShownChange(String field, List<Shown> before, List<Shown> after) {}

  /** A value as shown; with a link where it names a document the reader may open. */
  public record Shown(String text, String href) {
    static Shown text(String text) {
      return new Shown(text, null);
    }
  }

  private final PageContext page;
  private final CommonMessages words;
  private final Locale locale;
  private final UUID applicationId;

  ApplicationWords(PageContext page, UUID applicationId) {
    this.page = page;
    this.words = MessageBundles.get(CommonMessages.class, Localized.Literal.of(page.lang()));
    this.locale = Locale.forLanguageTag(page.lang());
    this.applicationId = applicationId;
  }

  List<Section> summary(PermitSubmitted application) {
    JsonNode tree = EventJson.mapper().valueToTree(application);
    List<Section> sections = new ArrayList<>();
    SECTIONS.forEach(
        (section, fields) ->
            sections.add(
                new Section(
                    section,
                    fields.stream().map(f -> new Row(f, shown(f, tree.at(pointer(f))))).toList())));
    return sections;
  }

  List<Shown> documents(PermitSubmitted application) {
    return application.documents().stream().map(this::document).toList();
  }

  List<ShownChange> changes(List<Change> changes) {
    List<ShownChange> shown = new ArrayList<>();
    for (Change change : changes) {
      JsonNode before = json(change.before());
      JsonNode after = json(change.after());
      if ("documents".equals(change.field())) {
        shown.add(new ShownChange("documents", onlyIn(before, after), onlyIn(after, before)));
      } else {
        shown.add(
            new ShownChange(
                change.field(), shown(change.field(), before), shown(change.field(), after)));
      }
    }
    return shown;
  }

  /** The documents of {@code side} that the other side lacks or holds in another state. */
  private List<Shown> onlyIn(JsonNode side, JsonNode other) {
    List<Shown> shown = new ArrayList<>();
    if (side == null || !side.isArray()) {
      return shown;
    }
    for (JsonNode document : side) {
      boolean same = false;
      if (other != null && other.isArray()) {
        for (JsonNode candidate : other) {
          same |= candidate.equals(document);
        }
      }
      if (!same) {
        shown.add(
            document(EventJson.mapper().convertValue(document, PermitSubmitted.Document.class)));
      }
    }
    return shown;
  }

  private Shown document(PermitSubmitted.Document d) {
    String text =
        d.fileName()
            + " ("
            + words.document_kind(d.kind())
            + ", "
            + page.fileSize(d.sizeBytes())
            + ")"
            + (d.supersededBy() == null ? "" : " · " + words.superseded());
    return new Shown(text, "/applications/" + applicationId + "/documents/" + d.id());
  }

  /** A field's value in words; empty when the application leaves it out. */
  private List<Shown> shown(String field, JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return List.of();
    }
    if (value.isArray()) {
      List<Shown> items = new ArrayList<>();
      value.forEach(item -> items.addAll(shown(field, item)));
      return items;
    }
    if (value.isTextual() && value.asText().isBlank()) {
      return List.of();
    }
    if (value.isObject() && "systems".equals(field)) {
      return List.of(Shown.text(system(value)));
    }
    return List.of(Shown.text(word(field, value)));
  }

  private String word(String field, JsonNode value) {
    if (value.isBoolean()) {
      return value.asBoolean() ? words.yes() : words.no();
    }
    if (COUNTRIES.contains(field)) {
      return page.country(value.asText());
    }
    return switch (field) {
      case "organisation.enterpriseNumber" -> page.enterpriseNumber(value.asText());
      case "organisation.nonEuVotingShare" -> page.percent(value.decimalValue());
      case "project.kind" -> words.project_kind(value.asText());
      case "project.environmentalClass" -> words.environmental_class(value.asInt());
      case "data.dataCategories" -> words.data_category(value.asText());
      case "project.currentFloorArea", "project.requestedFloorArea" ->
          page.number(value.asLong()) + " m²";
      case "project.heightMetres" -> page.decimal(value.decimalValue()) + " m";
      case "project.investmentEur" -> euros(value.decimalValue());
      default -> value.isNumber() ? page.number(value.asLong()) : value.asText();
    };
  }

  /**
   * A declared system in one line: its name, then where it is hosted, administered from, what it
   * holds where and where its data goes; the flows page shows it whole.
   */
  private String system(JsonNode system) {
    StringBuilder line = new StringBuilder(system.path("name").asText());
    if (system.hasNonNull("hostingCountry")) {
      line.append(" · ").append(page.country(system.get("hostingCountry").asText()));
    }
    List<String> from = new ArrayList<>();
    system.path("administeredFrom").forEach(c -> from.add(page.country(c.asText())));
    if (!from.isEmpty()) {
      line.append(" · ").append(String.join(", ", from));
      if (system.path("remoteAccess").asBoolean(false)) {
        line.append(" (").append(words.remote()).append(")");
      }
    }
    for (JsonNode holding : system.path("data")) {
      List<String> in = new ArrayList<>();
      holding.path("storedIn").forEach(c -> in.add(page.country(c.asText())));
      line.append(" · ")
          .append(words.data_category(holding.path("category").asText()))
          .append(": ")
          .append(String.join(", ", in));
    }
    for (JsonNode transfer : system.path("transfers")) {
      line.append(" · → ")
          .append(page.country(transfer.path("country").asText()))
          .append(" (")
          .append(words.transfer_basis(transfer.path("legalBasis").asText()))
          .append(")");
    }
    return line.toString();
  }

  private String euros(BigDecimal amount) {
    NumberFormat money = NumberFormat.getCurrencyInstance(locale);
    money.setCurrency(Currency.getInstance("EUR"));
    money.setMaximumFractionDigits(0);
    return money.format(amount);
  }

  private static JsonNode json(String text) {
    if (text == null) {
      return null;
    }
    try {
      return EventJson.mapper().readTree(text);
    } catch (JsonProcessingException notJson) {
      return EventJson.mapper().getNodeFactory().textNode(text);
    }
  }

  private static String pointer(String field) {
    return "/" + field.replace('.', '/');
  }

  private static Map<String, List<String>> sections() {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    sections.put(
        "organisation",
        List.of(
            "organisation.legalName",
            "organisation.enterpriseNumber",
            "organisation.countryOfIncorporation",
            "organisation.ultimateParent",
            "organisation.ultimateParentCountry",
            "organisation.nonEuVotingShare",
            "applicant.name",
            "applicant.email"));
    sections.put(
        "site",
        List.of(
            "site.name",
            "site.address",
            "site.municipality",
            "site.cadastralParcels",
            "site.airsideAccess"));
    sections.put(
        "project",
        List.of(
            "project.kind",
            "project.currentFloorArea",
            "project.requestedFloorArea",
            "project.heightMetres",
            "project.investmentEur",
            "project.jobs",
            "project.environmentalClass",
            "project.operatesAroundTheClock",
            "project.hazardousGoods"));
    sections.put(
        "data",
        List.of(
            "data.systems",
            "data.dataCategories",
            "data.storageCountries",
            "data.thirdCountryTransfers",
            "data.foreignLawsCompellingAccess",
            "data.certifications",
            "data.customs.aeoNumber",
            "data.customs.bondedWarehouse",
            "data.customs.declarationsPerYear"));
    return Collections.unmodifiableMap(sections);
  }
}
