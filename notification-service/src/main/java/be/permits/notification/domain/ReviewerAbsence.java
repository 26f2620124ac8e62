package be.permits.notification.domain;

import be.permits.contracts.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reviewer away, as review-service last recorded it: the delegate is told what they are. */
@Entity
@Table(name = "reviewer_absence")
public class ReviewerAbsence {
  @Id
  @Column(name = "absence_id")
  public UUID absenceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  @Column(nullable = false)
  public String reviewer;

  @Column(nullable = false)
  public String delegate;

  @Column(name = "first_day", nullable = false)
  public LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  public LocalDate lastDay;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;
}
