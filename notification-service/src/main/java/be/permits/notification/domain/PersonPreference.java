package be.permits.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's choices about their messages. */
@Entity
@Table(name = "person_preference")
public class PersonPreference {
  @Id public String subject;

  /** The language of the person's messages; {@code null}: the one of their profile. */
  public String locale;

  /** Kinds of message the person does not want by email; they stay in the inbox. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "muted_kinds", nullable = false)
  public List<String> mutedKinds = new ArrayList<>();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
