package be.permits.contracts.permit;

import be.permits.contracts.Contact;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code permit.submitted.v1}: an applicant submitted an application; carries the revision.
 *
 * @param systems the systems the operator declares, with their data flows; empty in events written
 *     before systems were declared one by one
 */
public record PermitSubmitted(
    UUID applicationId,
    String reference,
    int revision,
    Instant submittedAt,
    Contact applicant,
    Organisation organisation,
    Site site,
    Project project,
    DataProfile data,
    List<DeclaredSystem> systems,
    List<Document> documents) {

  public PermitSubmitted {
    systems = systems == null ? List.of() : List.copyOf(systems);
  }

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

  /**
   * The building project.
   *
   * @param kind NEW_BUILD, EXPANSION or CHANGE_OF_USE
   * @param environmentalClass 1 (most impact) to 3, as in the regional environmental permit
   */
  public record Project(
      String kind,
      int currentFloorArea,
      int requestedFloorArea,
      BigDecimal heightMetres,
      long investmentEur,
      int jobs,
      int environmentalClass,
      boolean operatesAroundTheClock,
      boolean hazardousGoods) {}

  /**
   * Data and IT: what the operator runs, what data it handles and where that data goes; countries
   * are ISO 3166-1 alpha-2 codes.
   *
   * @param systems the names of the declared systems (their declarations are {@link
   *     PermitSubmitted#systems()})
   * @param storageCountries where the operator says, overall, that its data is stored
   * @param thirdCountryTransfers countries outside the EU/EEA that receive personal data
   * @param foreignLawsCompellingAccess laws of third countries that can compel access to the data
   */
  public record DataProfile(
      List<String> systems,
      List<String> dataCategories,
      List<String> storageCountries,
      List<String> thirdCountryTransfers,
      List<String> foreignLawsCompellingAccess,
      List<String> certifications,
      Customs customs) {}

  /**
   * A document of the application as this revision carries it; its content stays in permit-service,
   * and its hash proves which bytes were reviewed.
   *
   * @param firstRevision the revision that first carried it
   * @param supersededBy the document that replaces it, or {@code null}
   */
  public record Document(
      UUID id,
      String kind,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      int firstRevision,
      UUID supersededBy) {}

  /**
   * Customs status: Authorised Economic Operator number, if any, bonded warehousing, and how many
   * customs declarations a year the site handles ({@code null} in events written before it was
   * asked).
   */
  public record Customs(String aeoNumber, boolean bondedWarehouse, Long declarationsPerYear) {}
}
