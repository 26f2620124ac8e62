package be.permits.permit.domain;

import be.permits.contracts.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An agency that reviews an application: its reviewers may read the submitted documents, and the
 * applicant sees it among the agencies consulted.
 */
@Entity
@Table(name = "reviewing_agency")
@IdClass(ReviewingAgency.Key.class)
public class ReviewingAgency {
  @Id
  @Column(name = "application_id")
  public UUID applicationId;

  @Id
  @Enumerated(EnumType.STRING)
  public Agency agency;

  @Column(nullable = false)
  public Instant since;

  /** When the agency's opinion is due; none for the deciding authority, which decides last. */
  @Column(name = "due_date")
  public LocalDate dueDate;

  public static class Key implements Serializable {
    public UUID applicationId;
    public Agency agency;

    public Key() {}

    public Key(UUID applicationId, Agency agency) {
      this.applicationId = applicationId;
      this.agency = agency;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(applicationId, k.applicationId)
          && agency == k.agency;
    }

    @Override
    public int hashCode() {
      return Objects.hash(applicationId, agency);
    }
  }
}
