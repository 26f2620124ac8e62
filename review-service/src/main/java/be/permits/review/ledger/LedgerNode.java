package be.permits.review.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * The hash of one perfect subtree of the ledger's Merkle tree: {@code 2^level} leaves from leaf
 * {@code idx * 2^level}. Written once, as the entry that completes it is appended.
 */
@Entity
@Immutable
@IdClass(LedgerNode.Key.class)
@Table(name = "ledger_node")
public class LedgerNode {
  @Id public short level;

  @Id public long idx;

  @Column(nullable = false)
  public byte[] hash;

  /** A node's place in the tree. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public short level;
    public long idx;

    /** For JPA, which builds ids by reflection. */
    public Key() {}

    public Key(int level, long idx) {
      this.level = (short) level;
      this.idx = idx;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.level == level && k.idx == idx;
    }

    @Override
    public int hashCode() {
      return Objects.hash(level, idx);
    }
  }

  static LedgerNode of(int level, long idx, byte[] hash) {
    LedgerNode node = new LedgerNode();
    node.level = (short) level;
    node.idx = idx;
    node.hash = hash;
    return node;
  }
}
