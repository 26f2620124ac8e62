package be.permits.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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

  @Embeddable
  public static class Project {
    @Column(name = "current_floor_area")
    public Integer currentFloorArea;

    @Column(name = "requested_floor_area")
    public Integer requestedFloorArea;
  }

  @Embeddable
  public static class DataProfile {
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "storage_countries", nullable = false)
    public List<String> storageCountries = new ArrayList<>();
  }
}
