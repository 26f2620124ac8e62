package be.permits.permit.service;

import be.permits.contracts.DataCategory;
import be.permits.contracts.TransferBasis;
import be.permits.contracts.permit.DeclaredSystem;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationParts.DataProfile;
import be.permits.permit.domain.ApplicationParts.Organisation;
import be.permits.permit.domain.ApplicationParts.Project;
import be.permits.permit.domain.ApplicationParts.Site;
import be.permits.permit.domain.EnterpriseNumber;
import be.permits.permit.service.ApplicationForm.DataForm;
import be.permits.permit.service.ApplicationForm.HoldingForm;
import be.permits.permit.service.ApplicationForm.OrganisationForm;
import be.permits.permit.service.ApplicationForm.ProjectForm;
import be.permits.permit.service.ApplicationForm.SiteForm;
import be.permits.permit.service.ApplicationForm.SystemForm;
import be.permits.permit.service.ApplicationForm.TransferForm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        form.systems(),
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
                List.copyOf(a.decisionReasons),
                a.appealedAt,
                a.appealDecisionDue,
                a.decidedOnAppeal));
  }

  /** The applicant's data of {@code a}, as the form holds it. */
  public static ApplicationForm toForm(Application a) {
    var org = a.organisation();
    var site = a.site();
    var project = a.project();
    var data = a.data();
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
            project.kind,
            project.currentFloorArea,
            project.requestedFloorArea,
            project.heightMetres,
            project.investmentEur,
            project.jobs,
            project.environmentalClass,
            project.operatesAroundTheClock,
            project.hazardousGoods),
        new DataForm(
            data.dataCategories.stream().map(DataCategory::valueOf).toList(),
            List.copyOf(data.storageCountries),
            List.copyOf(data.thirdCountryTransfers),
            List.copyOf(data.foreignLawsCompellingAccess),
            List.copyOf(data.certifications),
            data.aeoNumber,
            data.bondedWarehouse,
            data.declarationsPerYear),
        a.systems().stream().map(ApplicationMapper::toForm).toList());
  }

  private static SystemForm toForm(DeclaredSystem s) {
    return new SystemForm(
        s.name(),
        s.purpose(),
        s.operator(),
        s.hostingCountry(),
        s.administrator(),
        s.administeredFrom(),
        s.remoteAccess(),
        s.groupPlatforms(),
        s.data().stream()
            .map(h -> new HoldingForm(DataCategory.valueOf(h.category()), h.storedIn()))
            .toList(),
        s.transfers().stream()
            .map(t -> new TransferForm(t.country(), TransferBasis.valueOf(t.legalBasis())))
            .toList(),
        s.compellingLaws());
  }

  /**
   * The system as declared: texts trimmed, lists without repeats, and the countries of a category
   * named twice merged into one holding.
   */
  private static DeclaredSystem declared(SystemForm f) {
    Map<String, Set<String>> stored = new LinkedHashMap<>();
    for (HoldingForm holding : f.data() == null ? List.<HoldingForm>of() : f.data()) {
      stored
          .computeIfAbsent(holding.category().name(), c -> new LinkedHashSet<>())
          .addAll(holding.storedIn());
    }
    return new DeclaredSystem(
        trim(f.name()),
        trim(f.purpose()),
        trim(f.operator()),
        f.hostingCountry(),
        trim(f.administrator()),
        distinct(f.administeredFrom()),
        f.remoteAccess(),
        distinct(f.groupPlatforms()),
        stored.entrySet().stream()
            .map(e -> new DeclaredSystem.Holding(e.getKey(), List.copyOf(e.getValue())))
            .toList(),
        f.transfers() == null
            ? List.of()
            : f.transfers().stream()
                .map(t -> new DeclaredSystem.Transfer(t.country(), t.legalBasis().name()))
                .distinct()
                .toList(),
        distinct(f.compellingLaws()));
  }

  /** Writes every section of {@code form} into {@code a}; a missing section clears nothing. */
  public static void apply(ApplicationForm form, Application a) {
    if (form == null) {
      return;
    }
    if (form.organisation() != null) {
      OrganisationForm f = form.organisation();
      Organisation organisation = new Organisation();
      organisation.legalName = trim(f.legalName());
      organisation.enterpriseNumber = EnterpriseNumber.normalise(f.enterpriseNumber());
      organisation.countryOfIncorporation = f.countryOfIncorporation();
      organisation.ultimateParent = trim(f.ultimateParent());
      organisation.ultimateParentCountry = f.ultimateParentCountry();
      organisation.nonEuVotingShare = f.nonEuVotingShare();
      a.setOrganisation(organisation);
    }
    if (form.site() != null) {
      SiteForm f = form.site();
      Site site = new Site();
      site.name = trim(f.name());
      site.address = trim(f.address());
      site.municipality = trim(f.municipality());
      site.cadastralParcels = distinct(f.cadastralParcels());
      site.airsideAccess = f.airsideAccess();
      a.setSite(site);
    }
    if (form.project() != null) {
      ProjectForm f = form.project();
      Project project = new Project();
      project.kind = f.kind();
      project.currentFloorArea = f.currentFloorArea();
      project.requestedFloorArea = f.requestedFloorArea();
      project.heightMetres = f.heightMetres();
      project.investmentEur = f.investmentEur();
      project.jobs = f.jobs();
      project.environmentalClass = f.environmentalClass();
      project.operatesAroundTheClock = f.operatesAroundTheClock();
      project.hazardousGoods = f.hazardousGoods();
      a.setProject(project);
    }
    if (form.data() != null) {
      DataForm f = form.data();
      DataProfile data = new DataProfile();
      data.dataCategories =
          f.dataCategories() == null
              ? new ArrayList<>()
              : new ArrayList<>(f.dataCategories().stream().map(Enum::name).distinct().toList());
      data.storageCountries = distinct(f.storageCountries());
      data.thirdCountryTransfers = distinct(f.thirdCountryTransfers());
      data.foreignLawsCompellingAccess = distinct(f.foreignLawsCompellingAccess());
      data.certifications = distinct(f.certifications());
      data.aeoNumber = trim(f.aeoNumber());
      data.bondedWarehouse = f.bondedWarehouse();
      data.declarationsPerYear = f.declarationsPerYear();
      a.setData(data);
    }
    if (form.systems() != null) {
      a.setSystems(form.systems().stream().map(ApplicationMapper::declared).toList());
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
