package be.permits.review.ledger;

import be.permits.contracts.ActorRole;
import be.permits.support.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What auditors read from the ledger: an application's timeline, searches, verification of the
 * chain and exports. Every query is itself written to the ledger first, so these reads are the one
 * kind that writes: who looked at what is part of the history.
 */
@ApplicationScoped
public class AuditTrail {
  private static final int VERIFY_BATCH = 5000;
  private static final int MAX_EXPORT = 1_000_000;
  private static final int MAX_TIMELINE = 10_000;

  @Inject EntityManager em;
  @Inject Ledger ledger;
  @Inject LedgerSearch searches;
  @Inject ApplicationProofs proofs;

  /** How an export is written. */
  public enum Format {
    JSONL("application/jsonl"),
    CSV("text/csv");

    /** The formats as the API names them. */
    public static final String PATTERN = "jsonl|csv";

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }
  }

  /** A sealed export: its text, media type and a file name for the download. */
  public record Export(String body, String mediaType, String fileName) {}

  /** The result of a verification: the first broken entry, if any, and why. */
  @Schema(name = "Verification")
  public record Verification(
      boolean valid,
      @Schema(minimum = "0", maximum = "9223372036854775807", description = "Entries checked")
          long checked,
      @Schema(minimum = "1", maximum = "9223372036854775807", description = "Where it broke")
          Long firstBrokenSeq,
      @Schema(maxLength = 200, description = "Why the entry breaks the chain") String reason) {}

  @Transactional
  public List<EntryView> timeline(Caller auditor, UUID applicationId) {
    recordQuery(auditor, "audit.timeline", applicationId, "application=" + applicationId);
    return entriesOf(applicationId, MAX_TIMELINE).stream().map(EntryView::of).toList();
  }

  @Transactional
  public LedgerSearch.Found search(
      Caller auditor, LedgerSearch.Criteria criteria, LedgerSearch.Window window) {
    recordQuery(auditor, "audit.search", null, criteria + " " + window);
    return searches.find(criteria, window);
  }

  /** Entries {@code fromSeq} to {@code toSeq} in order, sealed, as JSON Lines or CSV. */
  @Transactional
  public Export export(Caller auditor, Format format, long fromSeq, long toSeq) {
    recordQuery(auditor, "audit.export", null, "seq " + fromSeq + ".." + toSeq);
    List<LedgerEntry> entries =
        em.createQuery(
                "FROM LedgerEntry WHERE seq BETWEEN :from AND :to ORDER BY seq", LedgerEntry.class)
            .setParameter("from", fromSeq)
            .setParameter("to", toSeq)
            .setMaxResults(MAX_EXPORT)
            .getResultList();
    String name = "ledger-" + fromSeq + "." + format.name().toLowerCase(java.util.Locale.ROOT);
    return new Export(
        format == Format.CSV ? LedgerExport.csv(entries) : LedgerExport.jsonl(entries),
        format.mediaType,
        name);
  }

  /**
   * One application's entries, oldest first, as JSON Lines, each with its inclusion proof against
   * the latest checkpoint a witness cosigned: verifiable offline without the rest of the ledger.
   */
  @Transactional
  public Export applicationExport(Caller auditor, UUID applicationId) {
    long own = recordQuery(auditor, "audit.export", applicationId, "application=" + applicationId);
    return new Export(
        proofs.export(applicationId, entriesBefore(applicationId, own, MAX_EXPORT)),
        Format.JSONL.mediaType,
        "application-" + applicationId + ".jsonl");
  }

  /** An application's timeline and whether it is proven against a witnessed checkpoint. */
  public record ProvenTimeline(List<EntryView> entries, ApplicationProofs.Status proof) {}

  @Transactional
  public ProvenTimeline provenTimeline(Caller auditor, UUID applicationId) {
    long own =
        recordQuery(auditor, "audit.timeline", applicationId, "application=" + applicationId);
    List<LedgerEntry> entries = entriesOf(applicationId, MAX_TIMELINE);
    // The auditor's own look, just written, cannot be in a checkpoint yet: it is shown, not proven.
    List<LedgerEntry> before = entries.stream().filter(e -> e.seq < own).toList();
    return new ProvenTimeline(entries.stream().map(EntryView::of).toList(), proofs.status(before));
  }

  private List<LedgerEntry> entriesOf(UUID applicationId, int max) {
    return em.createQuery(
            "FROM LedgerEntry WHERE applicationId = :id ORDER BY seq", LedgerEntry.class)
        .setParameter("id", applicationId)
        .setMaxResults(max)
        .getResultList();
  }

  /** The application's entries written before entry {@code seq}, oldest first. */
  private List<LedgerEntry> entriesBefore(UUID applicationId, long seq, int max) {
    return em.createQuery(
            "FROM LedgerEntry WHERE applicationId = :id AND seq < :seq ORDER BY seq",
            LedgerEntry.class)
        .setParameter("id", applicationId)
        .setParameter("seq", seq)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Recomputes the chain from {@code fromSeq} to {@code toSeq}: numbering without gaps, each
   * entry's previous hash equal to the hash of the entry before, and each hash equal to what its
   * fields give. Names the first entry where any of these fails.
   */
  @Transactional
  public Verification verify(Caller auditor, long fromSeq, long toSeq) {
    recordQuery(auditor, "audit.verify", null, "seq " + fromSeq + ".." + toSeq);
    String anchor = LedgerHash.GENESIS;
    if (fromSeq > 1) {
      LedgerEntry before = em.find(LedgerEntry.class, fromSeq - 1);
      if (before == null) {
        return new Verification(false, 0, fromSeq - 1, "missing entry");
      }
      anchor = before.entryHash;
    }
    ChainCheck chain = new ChainCheck(fromSeq, anchor);
    long after = fromSeq - 1;
    while (true) {
      List<LedgerEntry> batch =
          em.createQuery(
                  "FROM LedgerEntry WHERE seq > :after AND seq <= :to ORDER BY seq",
                  LedgerEntry.class)
              .setParameter("after", after)
              .setParameter("to", toSeq)
              .setMaxResults(VERIFY_BATCH)
              .getResultList();
      for (LedgerEntry e : batch) {
        String problem = chain.accept(e);
        if (problem != null) {
          return new Verification(false, chain.checked(), chain.expectedSeq(), problem);
        }
        after = e.seq;
      }
      em.clear();
      if (batch.size() < VERIFY_BATCH) {
        return new Verification(true, chain.checked(), null, null);
      }
    }
  }

  /**
   * Records the query in a short transaction of its own, committed before the query reads: the
   * append lock, which every ledger consumer needs, is not held while a large history is read.
   * Answers the entry's number.
   */
  private long recordQuery(Caller auditor, String action, UUID applicationId, String query) {
    return QuarkusTransaction.requiringNew()
        .call(() -> appendQuery(auditor, action, applicationId, query));
  }

  private long appendQuery(Caller auditor, String action, UUID applicationId, String query) {
    return ledger.append(
            new Ledger.Fact(
                null,
                "review-service",
                action,
                applicationId,
                auditor.subject(),
                ActorRole.AUDITOR.attribute(),
                null,
                query))
        .seq;
  }
}
