package be.permits.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A public inquiry on an application: from {@link #startsOn} to {@link #endsOn}, both included,
 * anyone may send an observation. Closed once its last day has passed.
 */
@Entity
@Table(name = "inquiry")
public class Inquiry {
  @Id
  @Column(name = "case_id")
  public UUID caseId;

  @Column(name = "application_id", nullable = false)
  public UUID applicationId;

  @Column(nullable = false)
  public String reference;

  @Column(name = "starts_on", nullable = false)
  public LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  public LocalDate endsOn;

  @Column(name = "opened_at", nullable = false)
  public Instant openedAt;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Version public int version;

  /** Whether observations are taken on {@code day}. */
  public boolean takesObservationsOn(LocalDate day) {
    return closedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }
}
