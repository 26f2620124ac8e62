package be.permits.review.ledger;

import be.permits.contracts.ledger.NoteKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's keys: the one that signs checkpoints now, every key that signed one before (after a
 * rotation), and the witnesses' keys. Read once from the configuration.
 */
@ApplicationScoped
public class LedgerKeys {
  private final NoteKey signer;
  private final List<NoteKey> logKeys;
  private final List<NoteKey> witnesses;

  @Inject
  LedgerKeys(LedgerConfig config) {
    this(
        NoteKey.signer(config.signingKey()),
        config.previousKeys().orElse(List.of()).stream().map(NoteKey::verifier).toList(),
        config.witnessKeys().orElse(List.of()).stream().map(NoteKey::verifier).toList(),
        config.origin());
  }

  LedgerKeys(NoteKey signer, List<NoteKey> previous, List<NoteKey> witnesses, String origin) {
    if (signer.type() != NoteKey.NOTE || !signer.name().equals(origin)) {
      throw new IllegalArgumentException(
          "The ledger's signing key must be an Ed25519 note key named " + origin);
    }
    for (NoteKey witness : witnesses) {
      if (witness.type() != NoteKey.COSIGNATURE) {
        throw new IllegalArgumentException("Witness key " + witness + " is not a cosigning key");
      }
    }
    this.signer = signer;
    List<NoteKey> all = new ArrayList<>();
    all.add(signer.publicOnly());
    previous.stream().filter(k -> k.name().equals(origin)).forEach(all::add);
    this.logKeys = List.copyOf(all);
    this.witnesses = List.copyOf(witnesses);
  }

  /** The key that signs checkpoints now. */
  public NoteKey signer() {
    return signer;
  }

  /** Every public key of the ledger, the current one first. */
  public List<NoteKey> logKeys() {
    return logKeys;
  }

  public List<NoteKey> witnesses() {
    return witnesses;
  }

  /** The trusted witness key with this name and id, if it is one. */
  public Optional<NoteKey> witness(String name, int keyId) {
    return witnesses.stream().filter(w -> w.name().equals(name) && w.keyId() == keyId).findFirst();
  }

  /**
   * The keys as the offline verifier reads them: one line per key, {@code log} or {@code witness}
   * and the verifier key.
   */
  public String asKeyFile() {
    StringBuilder out = new StringBuilder();
    logKeys.forEach(k -> out.append("log ").append(k.vkey()).append('\n'));
    witnesses.forEach(k -> out.append("witness ").append(k.vkey()).append('\n'));
    return out.toString();
  }
}
