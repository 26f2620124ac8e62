package be.permits.witness.service;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** The witness's own key, and the log it watches with that log's public keys. */
@ConfigMapping(prefix = "witness")
public interface WitnessConfig {
  /**
   * The witness's cosigning key ({@code PRIVATE+KEY+name+id+key}, type 0x04): from a Secret that
   * only the witness's operator holds, or made by the local run at its first start.
   */
  String signingKey();

  /** The origin of the log it watches (the ledger's name in its checkpoints). */
  String logOrigin();

  /** The log's public keys, current and earlier (after a rotation), as verifier keys. */
  List<String> logKeys();
}
