package be.permits.notification.domain;

import be.permits.contracts.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An agency's choice between one email per new step and a daily summary. */
@Entity
@Table(name = "agency_preference")
public class AgencyPreference {
  @Id
  @Enumerated(EnumType.STRING)
  public Agency agency;

  @Column(name = "daily_digest", nullable = false)
  public boolean dailyDigest;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
