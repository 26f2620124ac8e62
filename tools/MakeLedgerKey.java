// Makes an Ed25519 key pair for the audit ledger or its witness, as C2SP signed-note keys:
//
//   java tools/MakeLedgerKey.java permits.example/audit-ledger ledger
//   java tools/MakeLedgerKey.java court-of-audit.example/witness witness
//
// Prints the signer key (secret: for the Kubernetes Secret, never a repository or a log) and the
// verifier key (public: for the ConfigMap, the witness and auditors). A ledger key signs
// checkpoints (signature type 0x01); a witness key cosigns them (type 0x04, tlog-cosignature).

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;

public class MakeLedgerKey {
  public static void main(String[] args) throws Exception {
    if (args.length != 2 || !(args[1].equals("ledger") || args[1].equals("witness"))) {
      System.err.println("usage: java tools/MakeLedgerKey.java <key name> ledger|witness");
      System.exit(2);
    }
    String name = args[0];
    if (name.contains("+") || name.chars().anyMatch(Character::isWhitespace)) {
      System.err.println("a key name has no space and no '+'");
      System.exit(2);
    }
    byte type = (byte) (args[1].equals("ledger") ? 0x01 : 0x04);
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    // The JDK derives an Ed25519 public key only while generating a pair: the generator is given
    // the seed as its randomness (RFC 8032: the private key is those 32 bytes).
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    generator.initialize(
        NamedParameterSpec.ED25519,
        new SecureRandom() {
          @Override
          public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
          }
        });
    byte[] encoded = generator.generateKeyPair().getPublic().getEncoded();
    byte[] publicKey = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
    sha.update(type);
    sha.update(publicKey);
    String id = String.format("%08x", ByteBuffer.wrap(sha.digest()).getInt());
    System.out.println(
        "signer key (secret):   PRIVATE+KEY+" + name + "+" + id + "+" + base64(type, seed));
    System.out.println("verifier key (public): " + name + "+" + id + "+" + base64(type, publicKey));
  }

  static String base64(byte type, byte[] key) {
    byte[] typed = new byte[key.length + 1];
    typed[0] = type;
    System.arraycopy(key, 0, typed, 1, key.length);
    return Base64.getEncoder().encodeToString(typed);
  }
}
