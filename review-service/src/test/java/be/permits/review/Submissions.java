package be.permits.review;

import be.permits.contracts.Contact;
import be.permits.contracts.permit.DeclaredSystem;
import be.permits.contracts.permit.PermitSubmitted;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Submission events as permit-service publishes them. The defaults describe a small local warehouse
 * that only the municipality reviews; each setter changes one fact.
 */
final class Submissions {
  int requestedFloorArea = 5_000;
  boolean airside;
  String nonEuVotingShare = "0";
  List<String> storageCountries = List.of("BE");
  int environmentalClass = 3;
  boolean hazardousGoods;
  boolean bondedWarehouse;
  List<String> thirdCountryTransfers = List.of();
  List<String> foreignLaws = List.of();
  String aeoNumber;
  Long declarationsPerYear;
  List<DeclaredSystem> systems =
      List.of(
          new DeclaredSystem(
              "Warehouse management",
              null,
              "Local Warehouse SRL",
              "BE",
              null,
              List.of("BE"),
              false,
              List.of(),
              List.of(new DeclaredSystem.Holding("SHIPMENT_TRACKING", List.of("BE"))),
              List.of(),
              List.of()));
  UUID applicationId = UUID.randomUUID();
  int revision = 1;
  List<PermitSubmitted.Document> documents = List.of(document("Site plan.pdf", "SITE_PLAN", 1));

  /** A document as permit-service describes it, first carried by {@code revision}. */
  static PermitSubmitted.Document document(String fileName, String kind, int revision) {
    return new PermitSubmitted.Document(
        UUID.randomUUID(),
        kind,
        fileName,
        "application/pdf",
        120_000,
        "9f".repeat(32),
        revision,
        null);
  }

  static Submissions localWarehouse() {
    return new Submissions();
  }

  /** The case that started the project: everything that can route, routes. */
  static PermitSubmitted liegeHub() {
    return liegeHubFacts().build();
  }

  static Submissions liegeHubFacts() {
    Submissions hub = new Submissions();
    hub.requestedFloorArea = 100_000;
    hub.airside = true;
    hub.nonEuVotingShare = "100";
    hub.storageCountries = List.of("DE", "IE");
    hub.environmentalClass = 2;
    hub.bondedWarehouse = true;
    hub.thirdCountryTransfers = List.of("CN");
    hub.foreignLaws = List.of("CN National Intelligence Law (2017), art. 7");
    hub.aeoNumber = "BEAEOF0000123";
    hub.declarationsPerYear = 2_400_000L;
    hub.systems = liegeSystems();
    return hub;
  }

  /**
   * The hub's systems as the operator declares them: its data said to stay in Germany and Ireland,
   * one system administered from China with access to the group's trade platform.
   */
  static List<DeclaredSystem> liegeSystems() {
    return List.of(
        new DeclaredSystem(
            "Warehouse management",
            "Stocks, préparation et expédition du hub",
            "Skyway Logistics Belgium SRL",
            "DE",
            "Skyway Logistics Belgium SRL",
            List.of("BE"),
            false,
            List.of(),
            List.of(
                new DeclaredSystem.Holding("SHIPMENT_TRACKING", List.of("DE")),
                new DeclaredSystem.Holding("EMPLOYEE", List.of("DE"))),
            List.of(),
            List.of()),
        new DeclaredSystem(
            "Customs brokerage",
            "Déclarations d'importation des colis du commerce électronique",
            "Skyway Customs Services Ireland Ltd",
            "IE",
            "Skyway Customs Services Ireland Ltd",
            List.of("IE"),
            false,
            List.of(),
            List.of(
                new DeclaredSystem.Holding("CUSTOMS_DECLARATIONS", List.of("IE")),
                new DeclaredSystem.Holding("PERSONAL", List.of("IE"))),
            List.of(),
            List.of()),
        new DeclaredSystem(
            "Group trade platform",
            "Commandes, stocks et suivi de tous les hubs du groupe",
            "Skyway Group Holding Ltd",
            "DE",
            "Skyway Group Technology (Shenzhen)",
            List.of("CN"),
            true,
            List.of("Skyway Global Trade Platform"),
            List.of(
                new DeclaredSystem.Holding("SHIPMENT_TRACKING", List.of("DE")),
                new DeclaredSystem.Holding("CUSTOMS_DECLARATIONS", List.of("DE"))),
            List.of(new DeclaredSystem.Transfer("CN", "STANDARD_CONTRACTUAL_CLAUSES")),
            List.of("CN National Intelligence Law (2017), art. 7")));
  }

  PermitSubmitted build() {
    UUID id = applicationId;
    return new PermitSubmitted(
        id,
        "PA-2026-" + String.format("%06d", Math.floorMod(id.hashCode(), 1_000_000)),
        revision,
        Instant.now(),
        new Contact("sub-alice", "Alice", "alice@example.org", "fr"),
        new PermitSubmitted.Organisation(
            "Skyway Logistics Belgium SRL",
            "0403170701",
            "BE",
            "Skyway Group Holding Ltd",
            "CN",
            new BigDecimal(nonEuVotingShare)),
        new PermitSubmitted.Site(
            "Liège Airport logistics hub",
            "Rue de l'Aéroport 50, 4460 Grâce-Hollogne",
            "Grâce-Hollogne",
            List.of("62032A0101"),
            airside),
        new PermitSubmitted.Project(
            "EXPANSION",
            3_000,
            requestedFloorArea,
            new BigDecimal("12"),
            5_000_000L,
            40,
            environmentalClass,
            false,
            hazardousGoods),
        new PermitSubmitted.DataProfile(
            systems.stream().map(DeclaredSystem::name).toList(),
            List.of("SHIPMENT_TRACKING"),
            storageCountries,
            thirdCountryTransfers,
            foreignLaws,
            List.of(),
            new PermitSubmitted.Customs(aeoNumber, bondedWarehouse, declarationsPerYear)),
        systems,
        documents);
  }
}
