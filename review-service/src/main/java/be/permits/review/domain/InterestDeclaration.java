package be.permits.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A reviewer's declaration on a step: no conflict of interest, or a recusal. */
@Entity
@Table(name = "interest_declaration")
@IdClass(InterestDeclaration.Key.class)
public class InterestDeclaration {
  @Id
  @Column(name = "step_id")
  public UUID stepId;

  @Id public String reviewer;

  /** {@code true}: the reviewer recused. */
  @Column(nullable = false)
  public boolean conflict;

  /** Why the reviewer recused; stays within the agency. */
  public String reason;

  @Column(name = "declared_at", nullable = false)
  public Instant declaredAt;

  public static class Key implements Serializable {
    public UUID stepId;
    public String reviewer;

    public Key() {}

    public Key(UUID stepId, String reviewer) {
      this.stepId = stepId;
      this.reviewer = reviewer;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.stepId.equals(stepId) && k.reviewer.equals(reviewer);
    }

    @Override
    public int hashCode() {
      return Objects.hash(stepId, reviewer);
    }
  }
}
