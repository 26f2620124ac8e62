package be.permits.review.web;

import be.permits.review.domain.FlowAssessment;
import be.permits.review.domain.StandardConditions;
import be.permits.review.service.FlowViews.FlagView;
import be.permits.review.service.FlowViews.FlowReview;
import be.permits.support.web.CommonMessages;
import be.permits.support.web.FormState;
import be.permits.support.web.Option;
import be.permits.support.web.PageContext;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The flows review page as its template needs it: the review, the diagram, the forms' state (each
 * flag's form named by its place, {@code flags[2].impact}) and what the last action did or why it
 * was refused.
 */
public record FlowPage(
    FlowReview review,
    FlowDiagram diagram,
    FormState form,
    String refusal,
    String done,
    String lang,
    PageContext page) {

  static FlowPage of(
      FlowReview review,
      PageContext page,
      Map<String, List<String>> posted,
      List<String> problems,
      String refusal,
      String done) {
    FormState form = FormState.posted(withStored(review, posted));
    problems.forEach(field -> form.reject(field, "required", null));
    return new FlowPage(
        review,
        FlowDiagram.of(
            review.systems(),
            page::country,
            MessageBundles.get(FlowMessages.class, Localized.Literal.of(page.lang())).outside()),
        form,
        refusal,
        done,
        page.lang(),
        page);
  }

  /** The stored assessments as the flags' forms show them, under what was just posted. */
  private static Map<String, List<String>> withStored(
      FlowReview review, Map<String, List<String>> posted) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (int i = 0; i < review.flags().size(); i++) {
      var assessment = review.flags().get(i).assessment();
      if (assessment != null) {
        values.put(field(i, "likelihood"), List.of(assessment.likelihood().name()));
        values.put(field(i, "impact"), List.of(assessment.impact().name()));
        values.put(field(i, "justification"), List.of(assessment.justification()));
        if (assessment.shared()) {
          values.put(field(i, "shared"), List.of("yes"));
        }
        if (assessment.conditionId() != null) {
          values.put(field(i, "condition"), List.of(assessment.conditionId()));
        }
      }
    }
    review.conditions().forEach(c -> values.put("text-" + c.id(), List.of(c.text())));
    values.putAll(posted);
    return values;
  }

  /** The name of a field of the form of the flag at {@code index}. */
  static String field(int index, String name) {
    return "flags[" + index + "]." + name;
  }

  private CommonMessages common() {
    return MessageBundles.get(CommonMessages.class, Localized.Literal.of(lang));
  }

  private FlowMessages words() {
    return MessageBundles.get(FlowMessages.class, Localized.Literal.of(lang));
  }

  /** The name of a field of the form of the flag at {@code index}, for the template. */
  public String fieldName(int index, String name) {
    return field(index, name);
  }

  public String countries(List<String> codes) {
    return codes.stream().map(page::country).collect(Collectors.joining(", "));
  }

  public String categories(List<String> categories) {
    return categories.stream().map(common()::data_category).collect(Collectors.joining(", "));
  }

  /** What a system holds, category by category, with where each is stored. */
  public List<String> holdings(be.permits.contracts.permit.DeclaredSystem system) {
    return system.data().stream()
        .map(h -> common().data_category(h.category()) + ": " + countries(h.storedIn()))
        .toList();
  }

  public List<String> transfers(be.permits.contracts.permit.DeclaredSystem system) {
    return system.transfers().stream()
        .map(t -> page.country(t.country()) + " (" + common().transfer_basis(t.legalBasis()) + ")")
        .toList();
  }

  public List<Option> levels() {
    return Arrays.stream(FlowAssessment.Level.values())
        .map(l -> new Option(l.name(), words().level(l.name())))
        .toList();
  }

  /** The conditions a flag's assessment may propose: the rule's suggestions first. */
  public List<Option> conditionChoices(FlagView flag) {
    List<Option> choices = new ArrayList<>();
    List<StandardConditions.Condition> library = review.library();
    for (String suggested : flag.suggests()) {
      library.stream()
          .filter(c -> c.id().equals(suggested))
          .forEach(c -> choices.add(new Option(c.id(), c.textIn(lang))));
    }
    library.stream()
        .filter(c -> !flag.suggests().contains(c.id()))
        .forEach(c -> choices.add(new Option(c.id(), c.textIn(lang))));
    return choices;
  }

  /** The choice to share an assessment with the other reviewing agencies. */
  public List<Option> sharing() {
    return List.of(new Option("yes", words().field_shared()));
  }

  public List<Option> unpicked() {
    return review.unpicked().stream().map(c -> new Option(c.id(), c.textIn(lang))).toList();
  }

  public String list(List<String> items) {
    return String.join(", ", items);
  }

  /** The AEO number, and what its parts say. */
  public String aeo() {
    var aeo = review.customs().aeo();
    if (aeo == null) {
      return words().aeo_none();
    }
    return aeo.text()
        + ". "
        + words()
            .aeo_check(
                aeo.isValid(),
                aeo.country() == null ? "" : page.country(aeo.country()),
                aeo.type() == null ? "" : words().aeo_type(aeo.type().name()),
                aeo.number() == null ? "" : aeo.number());
  }

  public String number(Long value) {
    return value == null ? words().not_given() : page.number(value);
  }

  public String yesNo(boolean answer) {
    return answer ? common().yes() : common().no();
  }
}
