package be.permits.review.domain;

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

/**
 * A reviewer away from the first to the last day, both included (Brussels dates). While it is
 * {@link State#ACTIVE}, the steps the reviewer held are with the delegate, a reviewer of the same
 * agency; they come back when it is {@link State#OVER}.
 */
@Entity
@Table(name = "absence")
public class Absence {
  /** Planned (not begun), active (steps handed over), or over (ended, or withdrawn). */
  public enum State {
    PLANNED,
    ACTIVE,
    OVER
  }

  @Id public UUID id;

  @Column(nullable = false)
  public String reviewer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  @Column(nullable = false)
  public String delegate;

  @Column(name = "first_day", nullable = false)
  public LocalDate firstDay;

  /** The last day away; once ended early, the day before it ended. */
  @Column(name = "last_day", nullable = false)
  public LocalDate lastDay;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public State state;

  @Column(name = "declared_at", nullable = false)
  public Instant declaredAt;

  @Column(name = "ended_at")
  public Instant endedAt;

  /** Whether the absence covers {@code day} and has not ended. */
  public boolean covers(LocalDate day) {
    return state != State.OVER && !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }
}
