package be.permits.review.ledger;

/**
 * Checks ledger entries one by one, in order: numbering without gaps, each entry following the one
 * before (its previous hash), and each hash matching the entry's fields.
 */
public final class ChainCheck {
  private long expectedSeq;
  private String expectedPrev;
  private long checked;

  /** Starts before entry {@code firstSeq}, whose previous hash must be {@code prevHash}. */
  public ChainCheck(long firstSeq, String prevHash) {
    this.expectedSeq = firstSeq;
    this.expectedPrev = prevHash;
  }

  /** Checks the next entry; answers why it breaks the chain, or {@code null}. */
  public String accept(LedgerEntry e) {
    String problem;
    if (e.seq != expectedSeq) {
      problem = "entry " + expectedSeq + " is missing or out of order";
    } else if (!e.prevHash.equals(expectedPrev)) {
      problem = "does not follow the entry before it";
    } else if (!e.entryHash.equals(e.computeHash())) {
      problem = "its content does not match its hash";
    } else {
      checked++;
      expectedSeq = e.seq + 1;
      expectedPrev = e.entryHash;
      return null;
    }
    return problem;
  }

  /** The entry at which a break was found: the one expected next. */
  public long expectedSeq() {
    return expectedSeq;
  }

  public long checked() {
    return checked;
  }
}
