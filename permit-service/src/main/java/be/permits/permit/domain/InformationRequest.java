package be.permits.permit.domain;

import be.permits.contracts.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An agency's questions to the applicant, and the answer once given. */
@Entity
@Table(name = "information_request")
public class InformationRequest {
  /** The request id of the review event, so that a redelivery finds it. */
  @Id public UUID id;

  @Column(name = "application_id", nullable = false)
  public UUID applicationId;

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

  @Column(name = "requested_at", nullable = false)
  public Instant requestedAt;

  public String answer;

  @Column(name = "answered_at")
  public Instant answeredAt;

  @Column(name = "answered_by")
  public String answeredBy;

  @Column(name = "answer_revision")
  public Integer answerRevision;

  @Version public int version;

  public boolean isOpen() {
    return answeredAt == null;
  }
}
