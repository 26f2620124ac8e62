package be.permits.review;

import be.permits.contracts.Contact;
import be.permits.contracts.permit.PermitSubmitted;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Submission events as permit-service publishes them. */
final class Submissions {
  private Submissions() {}

  static PermitSubmitted of(
      int requestedFloorArea,
      boolean airside,
      String nonEuVotingShare,
      List<String> storageCountries) {
    UUID id = UUID.randomUUID();
    return new PermitSubmitted(
        id,
        "PA-2026-" + String.format("%06d", Math.floorMod(id.hashCode(), 1_000_000)),
        1,
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
        new PermitSubmitted.Project(30_000, requestedFloorArea),
        new PermitSubmitted.DataProfile(storageCountries));
  }

  /** The case that started the project: everything that can route, routes. */
  static PermitSubmitted liegeHub() {
    return of(100_000, true, "100", List.of("BE", "IE", "CN"));
  }

  /** A small local warehouse: only the municipality reviews it. */
  static PermitSubmitted localWarehouse() {
    return of(5_000, false, "0", List.of("BE"));
  }
}
