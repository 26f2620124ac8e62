package be.permits.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An imported camt.053 bank statement: which, of which account, by whom, when. */
@Entity
@Table(name = "bank_statement")
public class BankStatement {
  @Id public UUID id;

  /** The statement's own identification ({@code Stmt/Id}). */
  @Column(name = "statement_id", nullable = false)
  public String statementId;

  public String account;

  @Column(nullable = false)
  public String sha256;

  @Column(name = "imported_at", nullable = false)
  public Instant importedAt;

  @Column(name = "imported_by", nullable = false)
  public String importedBy;

  @Column(nullable = false)
  public int entries;
}
