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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An agency's request for information, kept as a thread: the questions, who asked and until when,
 * and once the applicant answers, the answer and the revision it made (whose new documents came
 * with it).
 */
@Entity
@Table(name = "information_request")
public class InformationRequest {
  @Id public UUID id;

  @Column(name = "case_id", nullable = false)
  public UUID caseId;

  @Column(name = "step_id", nullable = false)
  public UUID stepId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<String> questions = new ArrayList<>();

  @Column(name = "due_date", nullable = false)
  public LocalDate dueDate;

  @Column(name = "asked_at", nullable = false)
  public Instant askedAt;

  @Column(name = "asked_by", nullable = false)
  public String askedBy;

  @Column(name = "asked_on_revision", nullable = false)
  public int askedOnRevision;

  public String answer;

  @Column(name = "answered_at")
  public Instant answeredAt;

  @Column(name = "answer_revision")
  public Integer answerRevision;
}
