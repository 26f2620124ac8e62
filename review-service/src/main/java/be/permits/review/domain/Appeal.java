package be.permits.review.domain;

import be.permits.review.domain.ProcedureRegimes.Appellant;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An appeal against a case's decision, as its appellant sent it (the database refuses to change
 * it). It counts, and is lodged, once its sender confirms the address; the day it was sent is the
 * day that the window is judged by.
 */
@Entity
@Table(name = "appeal")
public class Appeal {
  @Id public UUID id;

  @Column(name = "case_id", nullable = false)
  public UUID caseId;

  /** In which capacity the appellant appeals, as the procedure names them. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Appellant capacity;

  @Column(name = "sent_at", nullable = false)
  public Instant sentAt;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String address;

  @Column(nullable = false)
  public String email;

  @Column(nullable = false)
  public String locale;

  /** What the appellant's interest in the decision is (a neighbour's, an association's). */
  @Column(nullable = false)
  public String interest;

  @Column(nullable = false)
  public String grounds;

  @Column(name = "document_name")
  public String documentName;

  @Basic(fetch = FetchType.LAZY)
  public byte[] document;

  @Column(name = "document_sha256")
  public String documentSha256;

  @Column(name = "fee_proof_name")
  public String feeProofName;

  /** The proof that the appeal fee was paid (a PDF), where the procedure asks for one. */
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "fee_proof")
  public byte[] feeProof;

  @Column(name = "fee_proof_sha256")
  public String feeProofSha256;

  /** A keyed hash of the sender's network address, for the flood limits. */
  @Column(name = "sender_hash", nullable = false)
  public String senderHash;

  /** The SHA-256 of the confirmation token; the token itself is only in the sender's email. */
  @Column(name = "token_hash", nullable = false)
  public String tokenHash;

  @Column(name = "confirm_by", nullable = false)
  public Instant confirmBy;

  /** When the sender confirmed the address, and the appeal was lodged; null until then. */
  @Column(name = "lodged_at")
  public Instant lodgedAt;

  @Version public int version;
}
