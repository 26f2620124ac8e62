package be.permits.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** The public inquiry on an application, as review-service announced it. */
@Entity
@Table(name = "public_inquiry")
public class PublicInquiry {
  @Id
  @Column(name = "application_id")
  public UUID applicationId;

  @Column(nullable = false)
  public String reference;

  @Column(name = "starts_on", nullable = false)
  public LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  public LocalDate endsOn;

  /** Whether the public may read the application's public documents on {@code day}. */
  public boolean runsOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }
}
