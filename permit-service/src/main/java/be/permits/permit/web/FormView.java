package be.permits.permit.web;

import be.permits.contracts.TransferBasis;
import be.permits.permit.service.ApplicationForm;
import be.permits.permit.service.ApplicationForm.SystemForm;
import be.permits.support.web.FormState;
import be.permits.support.web.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A step of the application form as its template needs it: the values, the choices, and the
 * declared systems as the summaries show them.
 */
public record FormView(FormState form, String lang, List<SystemForm> systems) {

  /** The answers of {@code answers}, as the review page and the file show them. */
  static FormView of(ApplicationForm answers, String lang) {
    return new FormView(
        FormState.of(answers), lang, answers.systems() == null ? List.of() : answers.systems());
  }

  public List<Option> countries() {
    return Choices.countries(lang);
  }

  public List<Option> yesNo() {
    return Choices.yesNo(lang);
  }

  public List<Option> projectKinds() {
    return Choices.projectKinds(lang);
  }

  public List<Option> environmentalClasses() {
    return Choices.environmentalClasses(lang);
  }

  public List<Option> dataCategories() {
    return Choices.dataCategories(lang);
  }

  public List<Option> transferBases() {
    return Arrays.stream(TransferBasis.values())
        .map(b -> new Option(b.name(), Choices.vocabulary(lang).transfer_basis(b.name())))
        .toList();
  }

  /** The groups of fields of the systems step: one per declared system, then an empty one. */
  public List<SystemsStep.Fields> systemFields() {
    return SystemsStep.fields(form);
  }

  public String countryName(String code) {
    return countryNames(List.of(code));
  }

  /** Countries by name, in the reader's language, separated by commas. */
  public String countryNames(List<String> codes) {
    Locale locale = Locale.forLanguageTag(lang);
    return codes.stream()
        .map(code -> new Locale("", code).getDisplayCountry(locale))
        .collect(Collectors.joining(", "));
  }

  public String yesOrNo(Boolean answer) {
    if (answer == null) {
      return "";
    }
    return answer ? Choices.vocabulary(lang).yes() : Choices.vocabulary(lang).no();
  }

  public String category(Enum<?> category) {
    return Choices.vocabulary(lang).data_category(category.name());
  }

  public String basis(Enum<?> basis) {
    return Choices.vocabulary(lang).transfer_basis(basis.name());
  }

  /** A field's value as a person reads it: yes or no, named choices and countries. */
  public String shown(String name) {
    List<String> values = form.lines(name);
    if (values.isEmpty()) {
      return "";
    }
    if (values.size() == 1
        && values.get(0).matches("\\d{1,15}")
        && !name.startsWith("project.environmental")) {
      return java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang))
          .format(Long.parseLong(values.get(0)));
    }
    List<Option> labels =
        switch (name) {
          case "project.kind" -> projectKinds();
          case "project.environmentalClass" -> environmentalClasses();
          case "data.dataCategories" -> dataCategories();
          case "organisation.countryOfIncorporation",
              "organisation.ultimateParentCountry",
              "data.storageCountries",
              "data.thirdCountryTransfers" ->
              countries();
          default -> yesNo();
        };
    return values.stream()
        .map(
            v ->
                labels.stream()
                    .filter(o -> o.value().equals(v))
                    .map(Option::label)
                    .findFirst()
                    .orElse(v))
        .collect(Collectors.joining(", "));
  }
}
