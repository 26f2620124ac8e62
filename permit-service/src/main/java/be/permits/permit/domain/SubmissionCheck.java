package be.permits.permit.domain;

import be.permits.contracts.permit.DeclaredSystem;
import be.permits.support.refusal.Refusal.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What an application must hold before it can be submitted; every gap is reported at once. */
public final class SubmissionCheck {
  private static final String REQUIRED = "is required for submission";

  private SubmissionCheck() {}

  public static List<FieldError> missing(Application a) {
    List<FieldError> errors = new ArrayList<>();
    var org = a.organisation();
    require(errors, "organisation.legalName", org.legalName);
    require(errors, "organisation.enterpriseNumber", org.enterpriseNumber);
    require(errors, "organisation.countryOfIncorporation", org.countryOfIncorporation);
    require(errors, "organisation.nonEuVotingShare", org.nonEuVotingShare);
    if (org.nonEuVotingShare != null && org.nonEuVotingShare.compareTo(BigDecimal.ZERO) > 0) {
      require(errors, "organisation.ultimateParent", org.ultimateParent);
      require(errors, "organisation.ultimateParentCountry", org.ultimateParentCountry);
    }
    var site = a.site();
    require(errors, "site.name", site.name);
    require(errors, "site.address", site.address);
    require(errors, "site.municipality", site.municipality);
    if (site.cadastralParcels.isEmpty()) {
      errors.add(new FieldError("site.cadastralParcels", "needs at least one parcel"));
    }
    require(errors, "site.airsideAccess", site.airsideAccess);
    var project = a.project();
    require(errors, "project.kind", project.kind);
    require(errors, "project.currentFloorArea", project.currentFloorArea);
    require(errors, "project.requestedFloorArea", project.requestedFloorArea);
    require(errors, "project.heightMetres", project.heightMetres);
    require(errors, "project.investmentEur", project.investmentEur);
    require(errors, "project.jobs", project.jobs);
    require(errors, "project.environmentalClass", project.environmentalClass);
    require(errors, "project.operatesAroundTheClock", project.operatesAroundTheClock);
    require(errors, "project.hazardousGoods", project.hazardousGoods);
    var data = a.data();
    if (data.dataCategories.isEmpty()) {
      errors.add(new FieldError("data.dataCategories", "needs at least one category"));
    }
    if (data.storageCountries.isEmpty()) {
      errors.add(new FieldError("data.storageCountries", "needs at least one country"));
    }
    require(errors, "data.bondedWarehouse", data.bondedWarehouse);
    if (a.revision == 0) {
      // Asked of a first submission only: an application submitted before systems were declared
      // one by one must still be able to answer a request without completing them.
      systems(a, errors);
    }
    return errors;
  }

  /**
   * Each system says who operates it, where it is hosted, whether it is reached remotely (and then
   * from where it is administered) and which data it holds; names tell systems apart.
   */
  private static void systems(Application a, List<FieldError> errors) {
    List<DeclaredSystem> systems = a.systems();
    if (systems.isEmpty()) {
      errors.add(new FieldError("systems", "needs at least one system"));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < systems.size(); i++) {
      DeclaredSystem system = systems.get(i);
      String at = "systems[" + i + "].";
      if (!names.add(system.name().toLowerCase(Locale.ROOT))) {
        errors.add(new FieldError(at + "name", "names another system too"));
      }
      require(errors, at + "operator", system.operator());
      require(errors, at + "hostingCountry", system.hostingCountry());
      require(errors, at + "remoteAccess", system.remoteAccess());
      if (Boolean.TRUE.equals(system.remoteAccess()) && system.administeredFrom().isEmpty()) {
        errors.add(
            new FieldError(at + "administeredFrom", "needs the countries it is reached from"));
      }
      if (system.data().isEmpty()) {
        errors.add(new FieldError(at + "stored", "needs at least one category of data"));
      }
    }
  }

  private static void require(List<FieldError> errors, String field, Object value) {
    if (value == null) {
      errors.add(new FieldError(field, REQUIRED));
    }
  }
}
