package be.permits.contracts.permit;

import java.util.List;

/**
 * A system the operator runs or relies on at the site, as the applicant declares it: who operates
 * and administers it, from where, what it connects to, which data it holds and where, and where
 * that data goes. Countries are ISO 3166-1 alpha-2 codes; categories and bases are the names of
 * {@link be.permits.contracts.DataCategory} and {@link be.permits.contracts.TransferBasis}.
 *
 * @param operator the vendor or group entity that operates it
 * @param hostingCountry where its servers are
 * @param administeredFrom the countries its administrators work from
 * @param remoteAccess whether it is administered or reached remotely
 * @param groupPlatforms platforms of the group it exchanges data with
 * @param compellingLaws laws of third countries that can compel access to its data
 */
public record DeclaredSystem(
    String name,
    String purpose,
    String operator,
    String hostingCountry,
    String administrator,
    List<String> administeredFrom,
    Boolean remoteAccess,
    List<String> groupPlatforms,
    List<Holding> data,
    List<Transfer> transfers,
    List<String> compellingLaws) {

  /** A category of data the system holds, and the countries it is stored in. */
  public record Holding(String category, List<String> storedIn) {}

  /** A country the system's data goes to, and on what legal basis. */
  public record Transfer(String country, String legalBasis) {}

  public DeclaredSystem {
    administeredFrom = administeredFrom == null ? List.of() : List.copyOf(administeredFrom);
    groupPlatforms = groupPlatforms == null ? List.of() : List.copyOf(groupPlatforms);
    data = data == null ? List.of() : List.copyOf(data);
    transfers = transfers == null ? List.of() : List.copyOf(transfers);
    compellingLaws = compellingLaws == null ? List.of() : List.copyOf(compellingLaws);
  }
}
