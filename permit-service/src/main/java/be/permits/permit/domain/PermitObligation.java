package be.permits.permit.domain;

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

/** A condition of the granted permit as the operator's obligation, as review-service set it. */
@Entity
@Table(name = "permit_obligation")
public class PermitObligation {
  @Id public UUID id;

  @Column(name = "application_id", nullable = false)
  public UUID applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  @Column(name = "condition_text", nullable = false)
  public String condition;

  @Column(nullable = false)
  public String evidence;

  @Column(name = "first_due", nullable = false)
  public LocalDate firstDue;

  @Column(name = "every_months")
  public Integer everyMonths;

  @Column(name = "set_at", nullable = false)
  public Instant setAt;
}
