package be.permits.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The sections of an application, stored as columns of its row. */
public final class ApplicationParts {
  private ApplicationParts() {}

  @Embeddable
  public static class Organisation {
    @Column(name = "org_legal_name")
    public String legalName;

    @Column(name = "org_enterprise_number")
    public String enterpriseNumber;

    @Column(name = "org_country")
    public String countryOfIncorporation;

    @Column(name = "org_parent")
    public String ultimateParent;

    @Column(name = "org_parent_country")
    public String ultimateParentCountry;

    /** Percentage of voting rights held from outside the EU/EEA, 0 to 100. */
    @Column(name = "org_non_eu_voting_share")
    public BigDecimal nonEuVotingShare;
  }

  @Embeddable
  public static class Site {
    @Column(name = "site_name")
    public String name;

    @Column(name = "site_address")
    public String address;

    @Column(name = "site_municipality")
    public String municipality;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "site_parcels", nullable = false)
    public List<String> cadastralParcels = new ArrayList<>();

    @Column(name = "site_airside_access")
    public Boolean airsideAccess;
  }

  /** What is to be built. */
  public enum ProjectKind {
    NEW_BUILD,
    EXPANSION,
    CHANGE_OF_USE
  }

  @Embeddable
  public static class Project {
    @Enumerated(EnumType.STRING)
    @Column(name = "project_kind")
    public ProjectKind kind;

    @Column(name = "current_floor_area")
    public Integer currentFloorArea;

    @Column(name = "requested_floor_area")
    public Integer requestedFloorArea;

    @Column(name = "height_metres")
    public BigDecimal heightMetres;

    @Column(name = "investment_eur")
    public Long investmentEur;

    @Column(name = "jobs")
    public Integer jobs;

    /** 1 (most impact) to 3, as in the regional environmental permit. */
    @Column(name = "environmental_class")
    public Integer environmentalClass;

    @Column(name = "operates_around_the_clock")
    public Boolean operatesAroundTheClock;

    @Column(name = "hazardous_goods")
    public Boolean hazardousGoods;
  }

  /**
   * The data and IT section: what the operator declares overall; each system is declared on its own
   * in {@link Application#systems()}.
   */
  @Embeddable
  public static class DataProfile {
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data_categories", nullable = false)
    public List<String> dataCategories = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "storage_countries", nullable = false)
    public List<String> storageCountries = new ArrayList<>();

    /** Countries outside the EU/EEA that receive personal data. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "third_country_transfers", nullable = false)
    public List<String> thirdCountryTransfers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "foreign_laws", nullable = false)
    public List<String> foreignLawsCompellingAccess = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "certifications", nullable = false)
    public List<String> certifications = new ArrayList<>();

    /** Authorised Economic Operator number, e.g. BEAEOF0000123. */
    @Column(name = "aeo_number")
    public String aeoNumber;

    @Column(name = "bonded_warehouse")
    public Boolean bondedWarehouse;

    @Column(name = "customs_declarations_per_year")
    public Long declarationsPerYear;
  }
}
