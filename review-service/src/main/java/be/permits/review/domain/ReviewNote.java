package be.permits.review.domain;

import be.permits.contracts.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reviewer's note on a case, with who may read it. */
@Entity
@Table(name = "review_note")
public class ReviewNote {
  /** Who may read a note. */
  public enum Visibility {
    /** Classified: the writer's agency only. Never in an event, a notification or a log. */
    AGENCY,
    /** Every reviewer of every agency on the case. */
    REVIEWERS,
    /** The reviewers and the applicant. */
    APPLICANT
  }

  @Id public UUID id;

  @Column(name = "case_id", nullable = false)
  public UUID caseId;

  @Column(name = "step_id")
  public UUID stepId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  @Column(nullable = false)
  public String author;

  @Column(name = "author_name")
  public String authorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Visibility visibility;

  @Column(nullable = false)
  public String text;

  @Column(name = "written_at", nullable = false)
  public Instant writtenAt;
}
