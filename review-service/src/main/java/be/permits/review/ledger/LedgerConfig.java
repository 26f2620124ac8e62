package be.permits.review.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The ledger's signing key, the keys it still answers for, and the witnesses it trusts. */
@ConfigMapping(prefix = "ledger")
public interface LedgerConfig {
  /** The ledger's name in its checkpoints (their origin line), and its key's name. */
  @WithDefault("permits.example/audit-ledger")
  String origin();

  /**
   * The key that signs checkpoints, as a signer key ({@code PRIVATE+KEY+name+id+key}): from a
   * Kubernetes Secret, or made by the local run at its first start.
   */
  String signingKey();

  /**
   * Public keys (verifier keys) that signed earlier checkpoints: after a rotation, the old key
   * stays here so that the checkpoints it signed still verify.
   */
  Optional<List<String>> previousKeys();

  /** The public keys of the witnesses whose cosignatures the ledger accepts and shows. */
  Optional<List<String>> witnessKeys();

  /** How often a checkpoint is signed while entries arrive (at least every 10 s, issue #17). */
  @WithDefault("5s")
  Duration checkpointEvery();
}
