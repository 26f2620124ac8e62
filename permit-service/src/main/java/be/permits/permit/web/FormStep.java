package be.permits.permit.web;

import be.permits.contracts.DataCategory;
import be.permits.permit.domain.ApplicationParts.ProjectKind;
import be.permits.permit.service.ApplicationForm;
import be.permits.permit.service.ApplicationForm.DataForm;
import be.permits.permit.service.ApplicationForm.OrganisationForm;
import be.permits.permit.service.ApplicationForm.ProjectForm;
import be.permits.permit.service.ApplicationForm.SiteForm;
import be.permits.support.web.FormState;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the application form, in order. The four data steps each read one section of the
 * {@link ApplicationForm}; the API's constraints then check it, so that the pages and the API
 * accept exactly the same data.
 */
public enum FormStep {
  ORGANISATION(
      "legalName",
      "enterpriseNumber",
      "countryOfIncorporation",
      "nonEuVotingShare",
      "ultimateParent",
      "ultimateParentCountry"),
  SITE("name", "address", "municipality", "cadastralParcels", "airsideAccess"),
  PROJECT(
      "kind",
      "currentFloorArea",
      "requestedFloorArea",
      "heightMetres",
      "investmentEur",
      "jobs",
      "environmentalClass",
      "operatesAroundTheClock",
      "hazardousGoods"),
  DATA(
      "dataCategories",
      "storageCountries",
      "thirdCountryTransfers",
      "foreignLawsCompellingAccess",
      "certifications",
      "aeoNumber",
      "bondedWarehouse",
      "declarationsPerYear"),
  /** One group of fields per system: see {@link SystemsStep}. */
  SYSTEMS,
  DOCUMENTS,
  REVIEW;

  /** A field of a step, by its dotted name. */
  public record Field(String name) {
    public String labelKey() {
      return "field_" + name.replace('.', '_');
    }
  }

  private final List<Field> fields;

  FormStep(String... names) {
    String section = name().toLowerCase(java.util.Locale.ROOT);
    this.fields = Arrays.stream(names).map(n -> new Field(section + "." + n)).toList();
  }

  /** The fields entered on this step, in the order of the page. */
  public List<Field> fields() {
    return fields;
  }

  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The step's position for people: 1 to 7. */
  public int number() {
    return ordinal() + 1;
  }

  public static Optional<FormStep> ofSlug(String slug) {
    return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
  }

  public FormStep next() {
    return this == REVIEW ? REVIEW : values()[ordinal() + 1];
  }

  public FormStep previous() {
    return this == ORGANISATION ? ORGANISATION : values()[ordinal() - 1];
  }

  /** Whether the step holds fields of the application (rather than documents or the summary). */
  public boolean holdsFields() {
    return ordinal() <= SYSTEMS.ordinal();
  }

  /** The step on which a field of the application ({@code site.municipality}) is entered. */
  public static FormStep holding(String field) {
    return ofSlug(FormState.section(field)).orElse(REVIEW);
  }

  /**
   * Reads this step's section from the posted form; problems of type or constraint land in {@code
   * form}, and the section comes back only when there are none.
   */
  public Optional<ApplicationForm> read(FormState form, Validator validator) {
    if (this == SYSTEMS) {
      return SystemsStep.read(form, validator);
    }
    ApplicationForm section =
        switch (this) {
          case ORGANISATION -> new ApplicationForm(organisation(form), null, null, null, null);
          case SITE -> new ApplicationForm(null, site(form), null, null, null);
          case PROJECT -> new ApplicationForm(null, null, project(form), null, null);
          case DATA -> new ApplicationForm(null, null, null, data(form), null);
          default -> throw new IllegalStateException(this + " holds no fields");
        };
    form.addViolations("", validator.validate(section));
    return form.hasProblems() ? Optional.empty() : Optional.of(section);
  }

  private static OrganisationForm organisation(FormState f) {
    return new OrganisationForm(
        f.text("organisation.legalName"),
        f.text("organisation.enterpriseNumber"),
        f.code("organisation.countryOfIncorporation"),
        f.text("organisation.ultimateParent"),
        f.code("organisation.ultimateParentCountry"),
        f.decimal("organisation.nonEuVotingShare"));
  }

  private static SiteForm site(FormState f) {
    return new SiteForm(
        f.text("site.name"),
        f.text("site.address"),
        f.text("site.municipality"),
        f.lines("site.cadastralParcels"),
        f.yesNo("site.airsideAccess"));
  }

  private static ProjectForm project(FormState f) {
    return new ProjectForm(
        f.choice("project.kind", ProjectKind.class),
        f.integer("project.currentFloorArea"),
        f.integer("project.requestedFloorArea"),
        f.decimal("project.heightMetres"),
        f.wholeNumber("project.investmentEur"),
        f.integer("project.jobs"),
        f.integer("project.environmentalClass"),
        f.yesNo("project.operatesAroundTheClock"),
        f.yesNo("project.hazardousGoods"));
  }

  private static DataForm data(FormState f) {
    return new DataForm(
        f.choices("data.dataCategories", DataCategory.class),
        f.codes("data.storageCountries"),
        f.codes("data.thirdCountryTransfers"),
        f.lines("data.foreignLawsCompellingAccess"),
        f.lines("data.certifications"),
        f.code("data.aeoNumber"),
        f.yesNo("data.bondedWarehouse"),
        f.wholeNumber("data.declarationsPerYear"));
  }
}
