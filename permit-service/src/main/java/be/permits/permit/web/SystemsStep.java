package be.permits.permit.web;

import be.permits.contracts.Countries;
import be.permits.contracts.DataCategory;
import be.permits.contracts.TransferBasis;
import be.permits.permit.service.ApplicationForm;
import be.permits.permit.service.ApplicationForm.HoldingForm;
import be.permits.permit.service.ApplicationForm.SystemForm;
import be.permits.permit.service.ApplicationForm.TransferForm;
import be.permits.support.web.FormState;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The systems step of the application form: one group of fields per declared system, and one empty
 * group to declare another. A system's data is asked category by category (the countries where it
 * is stored; none if the system does not hold it) and its transfers legal basis by legal basis, so
 * that the page needs no script to add rows. Field names are the API's paths ({@code
 * systems[1].name}), so that a problem lands beside its field.
 */
final class SystemsStep {
  /** How many groups of fields the page showed; the page sends it back. */
  static final String COUNT = "count";

  private static final int MOST_COUNTRIES = 20;

  private SystemsStep() {}

  /**
   * The names of one group of fields: the system at {@code index}, from 0; {@code declared} unless
   * it is the empty group for another system.
   */
  public record Fields(int index, boolean declared) {
    public int number() {
      return index + 1;
    }

    public String field(String name) {
      return "systems[" + index + "]." + name;
    }

    public String stored(String category) {
      return field("stored." + category);
    }

    public String transfer(String basis) {
      return field("transfers." + basis);
    }
  }

  /** The groups of fields to show: each declared system, then an empty one. */
  static List<Fields> fields(FormState form) {
    int shown = count(form);
    List<Fields> fields = new ArrayList<>();
    for (int i = 0; i < shown; i++) {
      fields.add(new Fields(i, i < shown - 1));
    }
    return fields;
  }

  private static int count(FormState form) {
    Integer count = form.integer(COUNT);
    return count == null ? 1 : Math.max(1, Math.min(count, ApplicationForm.MOST_SYSTEMS + 1));
  }

  /** The stored systems as the page's fields hold them, with one empty group after them. */
  static FormState formOf(List<SystemForm> systems) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < systems.size(); i++) {
      SystemForm s = systems.get(i);
      Fields f = new Fields(i, true);
      put(values, f.field("name"), s.name());
      put(values, f.field("purpose"), s.purpose());
      put(values, f.field("operator"), s.operator());
      put(values, f.field("hostingCountry"), s.hostingCountry());
      put(values, f.field("administrator"), s.administrator());
      put(values, f.field("administeredFrom"), String.join(", ", s.administeredFrom()));
      put(
          values,
          f.field("remoteAccess"),
          s.remoteAccess() == null ? null : s.remoteAccess().toString());
      put(values, f.field("groupPlatforms"), s.groupPlatforms());
      for (HoldingForm holding : s.data()) {
        put(values, f.stored(holding.category().name()), String.join(", ", holding.storedIn()));
      }
      Map<TransferBasis, List<String>> byBasis = new LinkedHashMap<>();
      for (TransferForm transfer : s.transfers()) {
        byBasis
            .computeIfAbsent(transfer.legalBasis(), b -> new ArrayList<>())
            .add(transfer.country());
      }
      byBasis.forEach(
          (basis, countries) ->
              put(values, f.transfer(basis.name()), String.join(", ", countries)));
      put(values, f.field("compellingLaws"), s.compellingLaws());
    }
    values.put(COUNT, String.valueOf(systems.size() + 1));
    return FormState.of(values);
  }

  private static void put(Map<String, Object> values, String name, Object value) {
    if (value != null) {
      values.put(name, value);
    }
  }

  /**
   * Reads the systems from the posted page: groups left empty or marked to be removed are left out;
   * each problem is recorded beside its field.
   */
  static Optional<ApplicationForm> read(FormState form, Validator validator) {
    List<SystemForm> systems = new ArrayList<>();
    for (Fields f : fields(form)) {
      if ("yes".equals(form.value(f.field("remove"))) || isEmpty(form, f)) {
        continue;
      }
      SystemForm system = system(form, f);
      form.addViolations("systems[" + f.index() + "]", validator.validate(system));
      systems.add(system);
    }
    if (systems.size() > ApplicationForm.MOST_SYSTEMS) {
      form.reject("systems", "too_many", String.valueOf(ApplicationForm.MOST_SYSTEMS));
    }
    return form.hasProblems()
        ? Optional.empty()
        : Optional.of(new ApplicationForm(null, null, null, null, systems));
  }

  private static SystemForm system(FormState form, Fields f) {
    List<HoldingForm> data = new ArrayList<>();
    for (DataCategory category : DataCategory.values()) {
      List<String> storedIn = countries(form, f.stored(category.name()));
      if (!storedIn.isEmpty()) {
        data.add(new HoldingForm(category, storedIn));
      }
    }
    List<TransferForm> transfers = new ArrayList<>();
    for (TransferBasis basis : TransferBasis.values()) {
      for (String country : countries(form, f.transfer(basis.name()))) {
        transfers.add(new TransferForm(country, basis));
      }
    }
    return new SystemForm(
        form.text(f.field("name")),
        form.text(f.field("purpose")),
        form.text(f.field("operator")),
        form.code(f.field("hostingCountry")),
        form.text(f.field("administrator")),
        form.codes(f.field("administeredFrom")),
        form.yesNo(f.field("remoteAccess")),
        form.lines(f.field("groupPlatforms")),
        data,
        transfers,
        form.lines(f.field("compellingLaws")));
  }

  /** The country codes of a field; a code that names no country is a problem of the field. */
  private static List<String> countries(FormState form, String name) {
    List<String> codes = form.codes(name);
    if (codes.stream().anyMatch(code -> !Countries.isIsoCode(code))) {
      form.reject(name, "country", null);
      return List.of();
    }
    if (codes.size() > MOST_COUNTRIES) {
      form.reject(name, "too_many", String.valueOf(MOST_COUNTRIES));
      return List.of();
    }
    return codes.stream().distinct().toList();
  }

  private static boolean isEmpty(FormState form, Fields f) {
    for (String name :
        List.of(
            "name",
            "purpose",
            "operator",
            "hostingCountry",
            "administrator",
            "administeredFrom",
            "remoteAccess",
            "groupPlatforms",
            "compellingLaws")) {
      if (!form.value(f.field(name)).isBlank()) {
        return false;
      }
    }
    for (DataCategory category : DataCategory.values()) {
      if (!form.value(f.stored(category.name())).isBlank()) {
        return false;
      }
    }
    for (TransferBasis basis : TransferBasis.values()) {
      if (!form.value(f.transfer(basis.name())).isBlank()) {
        return false;
      }
    }
    return true;
  }
}
