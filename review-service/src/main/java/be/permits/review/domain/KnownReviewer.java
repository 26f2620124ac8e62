package be.permits.review.domain;

import be.permits.contracts.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reviewer this service has seen at work, with their agency: someone to reassign a step to. */
@Entity
@Table(name = "reviewer")
public class KnownReviewer {
  @Id public String subject;

  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  @Column(name = "last_seen", nullable = false)
  public Instant lastSeen;
}
