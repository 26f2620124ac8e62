package be.permits.contracts.witness;

import java.time.Instant;

/**
 * {@code witness.cosigned.v1}: the witness checked a checkpoint of the audit ledger against the
 * last one it cosigned and vouches for it.
 *
 * @param witness the witness's key name
 * @param cosignature its signature line (C2SP tlog-cosignature), to add to the checkpoint's note
 */
public record WitnessCosigned(
    String origin,
    long treeSize,
    String rootHash,
    String witness,
    String cosignature,
    Instant cosignedAt) {}
