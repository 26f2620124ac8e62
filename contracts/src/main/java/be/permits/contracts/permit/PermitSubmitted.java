package be.permits.contracts.permit;

import be.permits.contracts.Contact;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code permit.submitted.v1}: an applicant submitted an application; carries the revision. */
public record PermitSubmitted(
    UUID applicationId,
    String reference,
    int revision,
    Instant submittedAt,
    Contact applicant,
    Organisation organisation,
    Site site,
    Project project,
    DataProfile data) {

  public record Organisation(
      String legalName,
      String enterpriseNumber,
      String countryOfIncorporation,
      String ultimateParent,
      String ultimateParentCountry,
      BigDecimal nonEuVotingShare) {}

  public record Site(
      String name,
      String address,
      String municipality,
      List<String> cadastralParcels,
      boolean airsideAccess) {}

  public record Project(int currentFloorArea, int requestedFloorArea) {}

  /** Where the applicant's data lives: ISO 3166-1 alpha-2 codes. */
  public record DataProfile(List<String> storageCountries) {}
}
