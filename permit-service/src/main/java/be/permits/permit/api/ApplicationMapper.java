package be.permits.permit.api;

import be.permits.permit.api.ApplicationForm.DataForm;
import be.permits.permit.api.ApplicationForm.OrganisationForm;
import be.permits.permit.api.ApplicationForm.ProjectForm;
import be.permits.permit.api.ApplicationForm.SiteForm;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.EnterpriseNumber;
import java.util.ArrayList;
import java.util.List;

/** Copies between the API records and the entity: the one boundary that entities never cross. */
public final class ApplicationMapper {
  private ApplicationMapper() {}

  public static ApplicationView toView(Application a) {
    var org = a.organisation;
    var site = a.site;
    return new ApplicationView(
        a.id,
        a.reference,
        a.status,
        a.revision,
        new OrganisationForm(
            org.legalName,
            org.enterpriseNumber,
            org.countryOfIncorporation,
            org.ultimateParent,
            org.ultimateParentCountry,
            org.nonEuVotingShare),
        new SiteForm(
            site.name,
            site.address,
            site.municipality,
            List.copyOf(site.cadastralParcels),
            site.airsideAccess),
        new ProjectForm(a.project.currentFloorArea, a.project.requestedFloorArea),
        new DataForm(List.copyOf(a.data.storageCountries)),
        a.createdAt,
        a.updatedAt,
        a.submittedAt);
  }

  /** Writes every section of {@code form} into {@code a}; a missing section clears nothing. */
  public static void apply(ApplicationForm form, Application a) {
    if (form == null) {
      return;
    }
    if (form.organisation() != null) {
      OrganisationForm f = form.organisation();
      a.organisation.legalName = trim(f.legalName());
      a.organisation.enterpriseNumber = EnterpriseNumber.normalise(f.enterpriseNumber());
      a.organisation.countryOfIncorporation = f.countryOfIncorporation();
      a.organisation.ultimateParent = trim(f.ultimateParent());
      a.organisation.ultimateParentCountry = f.ultimateParentCountry();
      a.organisation.nonEuVotingShare = f.nonEuVotingShare();
    }
    if (form.site() != null) {
      SiteForm f = form.site();
      a.site.name = trim(f.name());
      a.site.address = trim(f.address());
      a.site.municipality = trim(f.municipality());
      a.site.cadastralParcels = distinct(f.cadastralParcels());
      a.site.airsideAccess = f.airsideAccess();
    }
    if (form.project() != null) {
      a.project.currentFloorArea = form.project().currentFloorArea();
      a.project.requestedFloorArea = form.project().requestedFloorArea();
    }
    if (form.data() != null) {
      a.data.storageCountries = distinct(form.data().storageCountries());
    }
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static List<String> distinct(List<String> values) {
    return values == null
        ? new ArrayList<>()
        : new ArrayList<>(values.stream().map(String::trim).distinct().toList());
  }
}
