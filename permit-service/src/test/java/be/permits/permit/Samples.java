package be.permits.permit;

import be.permits.contracts.DataCategory;
import be.permits.contracts.TransferBasis;
import be.permits.permit.domain.ApplicationParts.ProjectKind;
import be.permits.permit.service.ApplicationForm;
import be.permits.permit.service.ApplicationForm.DataForm;
import be.permits.permit.service.ApplicationForm.HoldingForm;
import be.permits.permit.service.ApplicationForm.OrganisationForm;
import be.permits.permit.service.ApplicationForm.ProjectForm;
import be.permits.permit.service.ApplicationForm.SiteForm;
import be.permits.permit.service.ApplicationForm.SystemForm;
import be.permits.permit.service.ApplicationForm.TransferForm;
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
            List.of(DataCategory.PERSONAL, DataCategory.CUSTOMS_DECLARATIONS),
            List.of("DE", "IE"),
            List.of("CN"),
            List.of("CN National Intelligence Law (2017), art. 7"),
            List.of("ISO/IEC 27001"),
            "BEAEOF0000123",
            true,
            2_400_000L),
        systems());
  }

  /**
   * The hub's systems as the operator declares them: data said to stay in Germany and Ireland, one
   * system administered from China.
   */
  static List<SystemForm> systems() {
    return List.of(
        new SystemForm(
            "Warehouse management",
            "Stocks, préparation et expédition du hub",
            "Skyway Logistics Belgium SRL",
            "DE",
            "Skyway Logistics Belgium SRL",
            List.of("BE"),
            false,
            List.of(),
            List.of(
                new HoldingForm(DataCategory.SHIPMENT_TRACKING, List.of("DE")),
                new HoldingForm(DataCategory.EMPLOYEE, List.of("DE"))),
            List.of(),
            List.of()),
        new SystemForm(
            "Customs brokerage",
            "Déclarations d'importation des colis du commerce électronique",
            "Skyway Customs Services Ireland Ltd",
            "IE",
            "Skyway Customs Services Ireland Ltd",
            List.of("IE"),
            false,
            List.of(),
            List.of(
                new HoldingForm(DataCategory.CUSTOMS_DECLARATIONS, List.of("IE")),
                new HoldingForm(DataCategory.PERSONAL, List.of("IE"))),
            List.of(),
            List.of()),
        new SystemForm(
            "Group trade platform",
            "Commandes, stocks et suivi de tous les hubs du groupe",
            "Skyway Group Holding Ltd",
            "DE",
            "Skyway Group Technology (Shenzhen)",
            List.of("CN"),
            true,
            List.of("Skyway Global Trade Platform"),
            List.of(
                new HoldingForm(DataCategory.SHIPMENT_TRACKING, List.of("DE")),
                new HoldingForm(DataCategory.CUSTOMS_DECLARATIONS, List.of("DE"))),
            List.of(new TransferForm("CN", TransferBasis.STANDARD_CONTRACTUAL_CLAUSES)),
            List.of("CN National Intelligence Law (2017), art. 7")));
  }
}
