package be.permits.support.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One event waiting to be published, written in the same transaction as the change it reports. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
  @Id public UUID id;

  @Column(name = "aggregatetype", nullable = false)
  public String aggregateType;

  @Column(name = "aggregateid", nullable = false)
  public String aggregateId;

  @Column(nullable = false)
  public String type;

  @Column(nullable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  public String payload;

  @Column(nullable = false)
  public String actor;

  /** In which capacity the actor acted ({@code ActorRole#attribute}). */
  @Column(name = "actor_role")
  public String actorRole;

  /** The agency the actor acted for; null when none. */
  @Column(name = "actor_agency")
  public String actorAgency;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "seq", insertable = false, updatable = false)
  public Long seq;

  @Column(name = "sent_at")
  public Instant sentAt;

  /** The W3C trace context of the transaction that wrote the event, if it ran in a trace. */
  @Column(name = "traceparent")
  public String traceparent;
}
