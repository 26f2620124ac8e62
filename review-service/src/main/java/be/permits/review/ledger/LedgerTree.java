package be.permits.review.ledger;

import be.permits.contracts.ledger.MerkleTree;
import be.permits.contracts.ledger.MerkleTree.Range;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The ledger's Merkle tree (RFC 9162), kept in {@code ledger_node} as entries are appended: each
 * leaf, and each perfect subtree once its last leaf arrives (on average two rows per entry). Roots
 * and proofs for any size up to the current one are computed from those nodes, fetched in one query
 * per proof: O(log n) hashes, whatever the size.
 */
@ApplicationScoped
public class LedgerTree {
  private static final Logger LOG = Logger.getLogger(LedgerTree.class);
  private static final int CATCH_UP_PAGE = 5_000;

  @Inject EntityManager em;
  @Inject Ledger ledger;

  /**
   * At start, adds the leaves of entries the tree does not hold yet: those of a ledger written
   * before the tree existed. A page at a time, each in a transaction of its own under the append
   * lock, so that appends wait at most one page.
   */
  void catchUp(@Observes StartupEvent start) {
    long added = 0;
    int page;
    do {
      page = QuarkusTransaction.requiringNew().call(this::catchUpPage);
      added += page;
    } while (page == CATCH_UP_PAGE);
    if (added > 0) {
      LOG.infof("The ledger's Merkle tree took in %d earlier entries", added);
    }
  }

  private int catchUpPage() {
    ledger.lock();
    return takeIn(size(), Long.MAX_VALUE, CATCH_UP_PAGE);
  }

  /**
   * Adds the leaves of entries {@code size() + 1} to {@code lastSeq} if the tree lacks them. Called
   * under the append lock before each append, so that an entry written without its leaf (by an
   * older instance during an upgrade) never leaves a gap; usually a single index probe.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void takeInUpTo(long lastSeq) {
    long size = size();
    if (size < lastSeq) {
      takeIn(size, lastSeq, Integer.MAX_VALUE);
    }
  }

  private int takeIn(long size, long lastSeq, int most) {
    List<LedgerEntry> missing =
        em.createQuery(
                "FROM LedgerEntry WHERE seq > :size AND seq <= :last ORDER BY seq",
                LedgerEntry.class)
            .setParameter("size", size)
            .setParameter("last", lastSeq)
            .setMaxResults(most)
            .getResultList();
    long next = size + 1;
    for (LedgerEntry entry : missing) {
      if (entry.seq != next) {
        throw new IllegalStateException("The ledger has no entry " + next);
      }
      append(entry.seq - 1, entry.leafHash());
      next++;
    }
    return missing.size();
  }

  /**
   * Adds leaf {@code index} and every perfect subtree it completes. Called in the append's
   * transaction, under the ledger's append lock, so that leaves arrive in order.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void append(long index, byte[] leafHash) {
    em.persist(LedgerNode.of(0, index, leafHash));
    byte[] hash = leafHash;
    int level = 0;
    long idx = index;
    while ((idx & 1) == 1) {
      LedgerNode left = em.find(LedgerNode.class, new LedgerNode.Key(level, idx - 1));
      if (left == null) {
        throw new IllegalStateException(
            "The ledger's tree lacks node " + level + "/" + (idx - 1) + " below leaf " + index);
      }
      hash = MerkleTree.nodeHash(left.hash, hash);
      level++;
      idx >>= 1;
      em.persist(LedgerNode.of(level, idx, hash));
    }
  }

  /** How many leaves the tree holds. */
  @Transactional(Transactional.TxType.MANDATORY)
  public long size() {
    Number last =
        (Number)
            em.createNativeQuery("SELECT max(idx) FROM ledger_node WHERE level = 0")
                .getSingleResult();
    return last == null ? 0 : last.longValue() + 1;
  }

  /** The root hash of the tree's first {@code size} leaves. */
  @Transactional(Transactional.TxType.MANDATORY)
  public byte[] root(long size) {
    if (size == 0) {
      return MerkleTree.root(List.of());
    }
    Range whole = new Range(0, size);
    Map<Range, byte[]> nodes = fetch(MerkleTree.perfectParts(whole));
    return MerkleTree.hash(whole, nodes::get);
  }

  /** The inclusion proof of leaf {@code index} in the tree of {@code size} leaves. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<byte[]> inclusionProof(long index, long size) {
    return hashes(MerkleTree.inclusionRanges(index, size));
  }

  /** The consistency proof from the tree of {@code first} leaves to the tree of {@code second}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<byte[]> consistencyProof(long first, long second) {
    return hashes(MerkleTree.consistencyRanges(first, second));
  }

  /** The inclusion proofs of several leaves in one tree, with one query for all their nodes. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<Long, List<byte[]>> inclusionProofs(List<Long> indexes, long size) {
    Map<Long, List<Range>> ranges = new HashMap<>();
    Set<Range> perfect = new LinkedHashSet<>();
    for (long index : indexes) {
      List<Range> path = MerkleTree.inclusionRanges(index, size);
      ranges.put(index, path);
      path.forEach(r -> perfect.addAll(MerkleTree.perfectParts(r)));
    }
    Map<Range, byte[]> nodes = fetch(perfect);
    Map<Long, List<byte[]>> proofs = new HashMap<>();
    ranges.forEach(
        (index, path) ->
            proofs.put(index, path.stream().map(r -> MerkleTree.hash(r, nodes::get)).toList()));
    return proofs;
  }

  private List<byte[]> hashes(List<Range> ranges) {
    Set<Range> perfect = new LinkedHashSet<>();
    ranges.forEach(r -> perfect.addAll(MerkleTree.perfectParts(r)));
    Map<Range, byte[]> nodes = fetch(perfect);
    return ranges.stream().map(r -> MerkleTree.hash(r, nodes::get)).toList();
  }

  /**
   * The stored hashes of these perfect subtrees, in one query: the wanted (level, index) pairs as
   * two arrays joined to the table, which PostgreSQL answers with one index probe each (a list of
   * row values in IN would be planned as a chain of ORs). The numbers are this class's own, written
   * into the statement as array literals.
   */
  private Map<Range, byte[]> fetch(java.util.Collection<Range> perfect) {
    Map<Range, byte[]> found = new HashMap<>();
    if (perfect.isEmpty()) {
      return found;
    }
    Map<String, Range> byKey = new HashMap<>();
    StringBuilder levels = new StringBuilder();
    StringBuilder indexes = new StringBuilder();
    for (Range r : perfect) {
      byKey.put(r.level() + "/" + r.index(), r);
      levels.append(levels.isEmpty() ? "" : ",").append(r.level());
      indexes.append(indexes.isEmpty() ? "" : ",").append(r.index());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT n.level, n.idx, n.hash FROM unnest('{"
                    + levels
                    + "}'::smallint[], '{"
                    + indexes
                    + "}'::bigint[]) AS wanted(level, idx)"
                    + " JOIN ledger_node n ON n.level = wanted.level AND n.idx = wanted.idx")
            .getResultList();
    for (Object[] row : rows) {
      found.put(
          byKey.get(((Number) row[0]).intValue() + "/" + ((Number) row[1]).longValue()),
          (byte[]) row[2]);
    }
    if (found.size() != perfect.size()) {
      throw new IllegalStateException(
          "The ledger's tree lacks " + (perfect.size() - found.size()) + " of its nodes");
    }
    return found;
  }
}
