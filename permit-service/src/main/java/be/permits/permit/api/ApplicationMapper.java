package be.permits.permit.api;

import be.permits.contracts.DataCategory;
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
    ApplicationForm form = toForm(a);
    return new ApplicationView(
        a.id,
        a.reference,
        a.status,
        a.revision,
        form.organisation(),
        form.site(),
        form.project(),
        form.data(),
        a.createdAt,
        a.updatedAt,
        a.submittedAt,
        a.withdrawnAt,
        a.withdrawalReason,
        a.decidedAt == null
            ? null
            : new ApplicationView.Decision(
                a.status,
                a.decidedAt,
                List.copyOf(a.decisionConditions),
                List.copyOf(a.decisionReasons)));
  }

  /** The applicant's data of {@code a}, as the form holds it. */
  public static ApplicationForm toForm(Application a) {
    var org = a.organisation;
    var site = a.site;
    return new ApplicationForm(
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
        new ProjectForm(
            a.project.kind,
            a.project.currentFloorArea,
            a.project.requestedFloorArea,
            a.project.heightMetres,
            a.project.investmentEur,
            a.project.jobs,
            a.project.environmentalClass,
            a.project.operatesAroundTheClock,
            a.project.hazardousGoods),
        new DataForm(
            List.copyOf(a.data.systems),
            a.data.dataCategories.stream().map(DataCategory::valueOf).toList(),
            List.copyOf(a.data.storageCountries),
            List.copyOf(a.data.thirdCountryTransfers),
            List.copyOf(a.data.foreignLawsCompellingAccess),
            List.copyOf(a.data.certifications),
            a.data.aeoNumber,
            a.data.bondedWarehouse));
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
      ProjectForm f = form.project();
      a.project.kind = f.kind();
      a.project.currentFloorArea = f.currentFloorArea();
      a.project.requestedFloorArea = f.requestedFloorArea();
      a.project.heightMetres = f.heightMetres();
      a.project.investmentEur = f.investmentEur();
      a.project.jobs = f.jobs();
      a.project.environmentalClass = f.environmentalClass();
      a.project.operatesAroundTheClock = f.operatesAroundTheClock();
      a.project.hazardousGoods = f.hazardousGoods();
    }
    if (form.data() != null) {
      DataForm f = form.data();
      a.data.systems = distinct(f.systems());
      a.data.dataCategories =
          f.dataCategories() == null
              ? new ArrayList<>()
              : new ArrayList<>(f.dataCategories().stream().map(Enum::name).distinct().toList());
      a.data.storageCountries = distinct(f.storageCountries());
      a.data.thirdCountryTransfers = distinct(f.thirdCountryTransfers());
      a.data.foreignLawsCompellingAccess = distinct(f.foreignLawsCompellingAccess());
      a.data.certifications = distinct(f.certifications());
      a.data.aeoNumber = trim(f.aeoNumber());
      a.data.bondedWarehouse = f.bondedWarehouse();
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
