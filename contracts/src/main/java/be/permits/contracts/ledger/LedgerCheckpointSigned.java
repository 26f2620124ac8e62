package be.permits.contracts.ledger;

import java.time.Instant;
import java.util.List;

/**
 * {@code ledger.checkpoint-signed.v1}: the audit ledger signed a checkpoint of its Merkle tree.
 * Witnesses check it against the last checkpoint they cosigned with the consistency proof from the
 * ledger's previous checkpoint.
 *
 * @param note the signed checkpoint (C2SP signed note), with the ledger's signature line
 * @param previousSize the size of the ledger's previous checkpoint; null for its first
 * @param consistencyProof from {@code previousSize} to {@code treeSize}, hashes in base64
 */
public record LedgerCheckpointSigned(
    String origin,
    long treeSize,
    String rootHash,
    Instant signedAt,
    String note,
    Long previousSize,
    List<String> consistencyProof) {}
