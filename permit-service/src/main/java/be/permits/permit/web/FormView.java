package be.permits.permit.web;

import be.permits.support.web.FormState;
import be.permits.support.web.Option;
import java.util.List;

/** A step of the application form as its template needs it: the values and the choices. */
public record FormView(FormState form, String lang) {
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

  /** A field's value as a person reads it: yes or no, named choices and countries. */
  public String shown(String name) {
    List<String> values = form.lines(name);
    if (values.isEmpty()) {
      return "";
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
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
