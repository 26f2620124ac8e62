package be.permits.permit.domain;

import be.permits.contracts.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A note that a reviewing agency wrote for the applicant. */
@Entity
@Table(name = "agency_note")
public class AgencyNote {
  @Id public UUID id;

  @Column(name = "application_id", nullable = false)
  public UUID applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  @Column(nullable = false)
  public String text;

  @Column(name = "written_at", nullable = false)
  public Instant writtenAt;
}
