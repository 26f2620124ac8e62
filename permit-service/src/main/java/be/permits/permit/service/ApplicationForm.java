package be.permits.permit.service;

import be.permits.contracts.DataCategory;
import be.permits.contracts.TransferBasis;
import be.permits.permit.domain.ApplicationParts.ProjectKind;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The applicant's data, as written in a draft. Every field may be missing while drafting; what is
 * present must be well-formed. Completeness is checked on submission.
 */
@Schema(name = "ApplicationForm")
public record ApplicationForm(
    @Valid OrganisationForm organisation,
    @Valid SiteForm site,
    @Valid ProjectForm project,
    @Valid DataForm data,
    @Size(max = ApplicationForm.MOST_SYSTEMS)
        @Schema(
            description =
                "The systems the operator runs or relies on at the site, each with its data flows;"
                    + " a section sent replaces the systems declared before")
        List<@Valid @NotNull SystemForm> systems) {

  /** How many systems an application may declare. */
  public static final int MOST_SYSTEMS = 30;

  @Schema(name = "Organisation")
  public record OrganisationForm(
      @Size(min = 1, max = 200) String legalName,
      @Size(max = 16) @BelgianEnterpriseNumber @Schema(example = "0403.170.701")
          String enterpriseNumber,
      @Size(min = 2, max = 2) @CountryCode String countryOfIncorporation,
      @Size(max = 200) String ultimateParent,
      @Size(min = 2, max = 2) @CountryCode String ultimateParentCountry,
      @DecimalMin("0")
          @DecimalMax("100")
          @Digits(integer = 3, fraction = 2)
          @Schema(description = "Percentage of voting rights held from outside the EU/EEA")
          BigDecimal nonEuVotingShare) {}

  @Schema(name = "Site")
  public record SiteForm(
      @Size(min = 1, max = 200) String name,
      @Size(min = 1, max = 300) String address,
      @Size(min = 1, max = 100) String municipality,
      @Size(max = 50) List<@NotBlank @Size(max = 40) String> cadastralParcels,
      Boolean airsideAccess) {}

  @Schema(name = "Project")
  public record ProjectForm(
      ProjectKind kind,
      @Min(0) @Max(10_000_000) @Schema(description = "Floor area today, m²")
          Integer currentFloorArea,
      @Min(1) @Max(10_000_000) @Schema(description = "Floor area requested, m²")
          Integer requestedFloorArea,
      @DecimalMin("0")
          @DecimalMax("300")
          @Digits(integer = 3, fraction = 2)
          @Schema(description = "Height of the tallest building, m")
          BigDecimal heightMetres,
      @Min(0) @Max(100_000_000_000L) @Schema(description = "Investment, EUR") Long investmentEur,
      @Min(0) @Max(100_000) @Schema(description = "Jobs at the site once built") Integer jobs,
      @Min(1) @Max(3) @Schema(description = "Environmental class: 1 (most impact) to 3")
          Integer environmentalClass,
      Boolean operatesAroundTheClock,
      Boolean hazardousGoods) {}

  @Schema(name = "DataAndIt")
  public record DataForm(
      @Size(max = 7) List<@NotNull DataCategory> dataCategories,
      @Size(max = 60)
          @Schema(
              description =
                  "Where the operator says, overall, that its data is stored (ISO 3166-1 alpha-2)")
          List<@NotNull @CountryCode @Size(min = 2, max = 2) String> storageCountries,
      @Size(max = 60)
          @Schema(description = "Countries outside the EU/EEA that receive personal data")
          List<@NotNull @CountryCode @Size(min = 2, max = 2) String> thirdCountryTransfers,
      @Size(max = 20)
          @Schema(description = "Laws of third countries that can compel access to the data")
          List<@NotBlank @Size(max = 200) String> foreignLawsCompellingAccess,
      @Size(max = 20) List<@NotBlank @Size(max = 120) String> certifications,
      @Size(max = 35)
          @Pattern(regexp = "[A-Z]{2}AEO[CSF][0-9A-Z]{1,29}")
          @Schema(description = "Authorised Economic Operator number", example = "BEAEOF0000123")
          String aeoNumber,
      Boolean bondedWarehouse,
      @Min(0)
          @Max(10_000_000_000L)
          @Schema(description = "Customs declarations handled at the site per year")
          Long declarationsPerYear) {}

  /** A system, as {@link be.permits.contracts.permit.DeclaredSystem} describes it. */
  @Schema(name = "DeclaredSystem")
  public record SystemForm(
      @NotBlank @Size(max = 120) @Schema(example = "Warehouse management") String name,
      @Size(max = 300) String purpose,
      @Size(max = 200) @Schema(description = "The vendor or group entity that operates it")
          String operator,
      @Size(min = 2, max = 2) @CountryCode @Schema(description = "Where its servers are")
          String hostingCountry,
      @Size(max = 200) @Schema(description = "Who administers it") String administrator,
      @Size(max = 20) @Schema(description = "The countries its administrators work from")
          List<@NotNull @CountryCode @Size(min = 2, max = 2) String> administeredFrom,
      @Schema(description = "Whether it is administered or reached remotely") Boolean remoteAccess,
      @Size(max = 10) @Schema(description = "Platforms of the group it exchanges data with")
          List<@NotBlank @Size(max = 120) String> groupPlatforms,
      @Size(max = 7) @Schema(description = "The data it holds, and where each category is stored")
          List<@Valid @NotNull HoldingForm> data,
      @Size(max = 20) @Schema(description = "Where its data goes, and on what legal basis")
          List<@Valid @NotNull TransferForm> transfers,
      @Size(max = 10)
          @Schema(description = "Laws of third countries that can compel access to its data")
          List<@NotBlank @Size(max = 200) String> compellingLaws) {

    /** A category is held once, with all the countries it is stored in. */
    @AssertTrue(message = "names a category of data more than once")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isEachCategoryOnce() {
      return data == null
          || data.stream()
                  .filter(java.util.Objects::nonNull)
                  .map(HoldingForm::category)
                  .distinct()
                  .count()
              == data.stream().filter(java.util.Objects::nonNull).count();
    }
  }

  @Schema(name = "DataHolding")
  public record HoldingForm(
      @NotNull DataCategory category,
      @NotNull @Size(min = 1, max = 20)
          List<@NotNull @CountryCode @Size(min = 2, max = 2) String> storedIn) {}

  @Schema(name = "DataTransfer")
  public record TransferForm(
      @NotNull @CountryCode @Size(min = 2, max = 2) String country,
      @NotNull TransferBasis legalBasis) {}
}
