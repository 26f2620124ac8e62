package be.permits.contracts.witness;

import java.time.Instant;

/**
 * {@code witness.refused.v1}: the witness refused to cosign a checkpoint of the audit ledger, and
 * why. Operators are alerted; auditors see it beside the checkpoint.
 *
 * @param reason {@code FORK} (another root for a size it cosigned), {@code ROLLBACK} (smaller than
 *     what it cosigned), {@code INCONSISTENT} (the proof does not lead from what it cosigned: an
 *     entry changed), {@code STALE} (the proof starts from another size than the one it cosigned;
 *     the ledger sends it again from {@code cosignedSize}), {@code BAD_SIGNATURE} (not signed by a
 *     key of the ledger), {@code MALFORMED}
 * @param cosignedSize the size of the last checkpoint the witness cosigned; null if none
 * @param cosignedRoot its root hash (base64); null if none
 */
public record WitnessRefused(
    String origin,
    long treeSize,
    String rootHash,
    String witness,
    String reason,
    String detail,
    Long cosignedSize,
    String cosignedRoot,
    Instant refusedAt) {}
