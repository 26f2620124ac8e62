package be.permits.permit;

import be.permits.contracts.DataCategory;
import be.permits.permit.domain.ApplicationParts.ProjectKind;
import be.permits.permit.service.ApplicationForm;
import be.permits.permit.service.ApplicationForm.DataForm;
import be.permits.permit.service.ApplicationForm.OrganisationForm;
import be.permits.permit.service.ApplicationForm.ProjectForm;
import be.permits.permit.service.ApplicationForm.SiteForm;
import java.math.BigDecimal;
import java.util.List;

/** The Liège Airport hub expansion: a foreign-owned operator triples its warehouse space. */
final class Samples {
  private Samples() {}

  static ApplicationForm liegeHub() {
    return new ApplicationForm(
        new OrganisationForm(
            "Skyway Logistics Belgium SRL",
            "0403.170.701",
            "BE",
            "Skyway Group Holding Ltd",
            "CN",
            new BigDecimal("100")),
        new SiteForm(
            "Liège Airport logistics hub",
            "Rue de l'Aéroport 50, 4460 Grâce-Hollogne",
            "Grâce-Hollogne",
            List.of("62032A0101/02", "62032A0102"),
            true),
        new ProjectForm(
            ProjectKind.EXPANSION,
            30_000,
            100_000,
            new BigDecimal("24.5"),
            120_000_000L,
            450,
            2,
            true,
            false),
        new DataForm(
            List.of("Warehouse management", "Customs brokerage", "Group trade platform"),
            List.of(DataCategory.PERSONAL, DataCategory.CUSTOMS_DECLARATIONS),
            List.of("BE", "IE", "CN"),
            List.of("CN"),
            List.of("CN National Intelligence Law (2017), art. 7"),
            List.of("ISO/IEC 27001"),
            "BEAEOF0000123",
            true));
  }
}
