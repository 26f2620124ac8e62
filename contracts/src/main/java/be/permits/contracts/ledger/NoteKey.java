package be.permits.contracts.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ed25519 keys of signed notes (C2SP signed-note), with the JDK's own Ed25519. A key has a name (a
 * schema-less URL), a signature type ({@link #NOTE} for the log's checkpoint signatures, {@link
 * #COSIGNATURE} for a witness's timestamped cosignatures) and a 4-byte key id: the first bytes of
 * SHA-256(name, newline, type, public key). Keys travel as text: the public <em>verifier key</em>
 * {@code name+hexid+base64(type‖public key)}, and the secret <em>signer key</em> {@code
 * PRIVATE+KEY+name+hexid+base64(type‖seed)}, which only a Secret (or the local run's data folder)
 * holds.
 */
public final class NoteKey {
  public static final int NOTE = 0x01;
  public static final int COSIGNATURE = 0x04;

  /** What the JDK puts before an Ed25519 public key in its X.509 encoding (RFC 8410). */
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private final String name;
  private final int type;
  private final byte[] publicKey;
  private final int keyId;
  private final byte[] seed;

  private NoteKey(String name, int type, byte[] publicKey, byte[] seed) {
    if (name.isEmpty() || name.contains("+") || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("A key name is non-empty, without spaces or '+'");
    }
    if (type != NOTE && type != COSIGNATURE) {
      throw new IllegalArgumentException("Unknown signature type " + type);
    }
    if (publicKey.length != 32) {
      throw new IllegalArgumentException("An Ed25519 public key has 32 bytes");
    }
    this.name = name;
    this.type = type;
    this.publicKey = publicKey.clone();
    this.keyId = keyId(name, type, publicKey);
    this.seed = seed == null ? null : seed.clone();
  }

  /** A new key pair, for the local run's first start and for tests. */
  public static NoteKey generate(String name, int type) {
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    return new NoteKey(name, type, publicKeyOf(seed), seed);
  }

  /** Reads a verifier key ({@code name+hexid+base64(type‖public key)}). */
  public static NoteKey verifier(String vkey) {
    String[] parts = vkey.strip().split("\\+", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("A verifier key reads name+id+key");
    }
    byte[] material = Base64.getDecoder().decode(parts[2]);
    NoteKey key =
        new NoteKey(
            parts[0], material[0] & 0xff, Arrays.copyOfRange(material, 1, material.length), null);
    key.checkId(parts[1]);
    return key;
  }

  /** Reads a signer key ({@code PRIVATE+KEY+name+hexid+base64(type‖seed)}). */
  public static NoteKey signer(String skey) {
    String[] parts = skey.strip().split("\\+", 5);
    if (parts.length != 5 || !parts[0].equals("PRIVATE") || !parts[1].equals("KEY")) {
      throw new IllegalArgumentException("A signer key reads PRIVATE+KEY+name+id+key");
    }
    byte[] material = Base64.getDecoder().decode(parts[4]);
    byte[] seed = Arrays.copyOfRange(material, 1, material.length);
    if (seed.length != 32) {
      throw new IllegalArgumentException("An Ed25519 seed has 32 bytes");
    }
    NoteKey key = new NoteKey(parts[2], material[0] & 0xff, publicKeyOf(seed), seed);
    key.checkId(parts[3]);
    return key;
  }

  private void checkId(String hex) {
    if (Integer.parseUnsignedInt(hex, 16) != keyId) {
      throw new IllegalArgumentException("The key id " + hex + " does not match key " + name);
    }
  }

  public String name() {
    return name;
  }

  public int type() {
    return type;
  }

  public int keyId() {
    return keyId;
  }

  public String keyIdHex() {
    return String.format(Locale.ROOT, "%08x", keyId);
  }

  public byte[] publicKey() {
    return publicKey.clone();
  }

  public boolean canSign() {
    return seed != null;
  }

  /** The public half, as text. */
  public String vkey() {
    return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(typed(publicKey));
  }

  /** The secret half, as text: for a Secret or the local run's data folder, never a log. */
  public String skey() {
    if (seed == null) {
      throw new IllegalStateException("A verifier key has no secret half");
    }
    return "PRIVATE+KEY+"
        + name
        + "+"
        + keyIdHex()
        + "+"
        + Base64.getEncoder().encodeToString(typed(seed));
  }

  /** The verifier key of this key (without its secret half). */
  public NoteKey publicOnly() {
    return new NoteKey(name, type, publicKey, null);
  }

  /** Whether {@code other} is the same public key, with the same name and type. */
  public boolean sameAs(NoteKey other) {
    return name.equals(other.name)
        && type == other.type
        && Arrays.equals(publicKey, other.publicKey);
  }

  byte[] sign(byte[] message) {
    if (seed == null) {
      throw new IllegalStateException(
          "Key " + name + " cannot sign: only its public half is known");
    }
    try {
      PrivateKey key =
          KeyFactory.getInstance("Ed25519")
              .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
      java.security.Signature signature = java.security.Signature.getInstance("Ed25519");
      signature.initSign(key);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  boolean verify(byte[] message, byte[] signatureBytes) {
    try {
      byte[] encoded = new byte[X509_PREFIX.length + 32];
      System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
      System.arraycopy(publicKey, 0, encoded, X509_PREFIX.length, 32);
      PublicKey key =
          KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
      java.security.Signature signature = java.security.Signature.getInstance("Ed25519");
      signature.initVerify(key);
      signature.update(message);
      return signature.verify(signatureBytes);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  static int keyId(String name, int type, byte[] publicKey) {
    java.security.MessageDigest sha = MerkleTree.sha256();
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
    sha.update((byte) type);
    sha.update(publicKey);
    return ByteBuffer.wrap(sha.digest()).getInt();
  }

  private byte[] typed(byte[] material) {
    byte[] out = new byte[material.length + 1];
    out[0] = (byte) type;
    System.arraycopy(material, 0, out, 1, material.length);
    return out;
  }

  /**
   * The public key of a seed. The JDK derives it only while generating a pair: a generator fed the
   * seed as its randomness makes the pair of that seed (RFC 8032: the private key is the 32 random
   * bytes).
   */
  private static byte[] publicKeyOf(byte[] seed) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
      KeyPair pair = generator.generateKeyPair();
      byte[] encoded = pair.getPublic().getEncoded();
      return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
    }
  }

  /** Randomness that is one given seed: only for {@link #publicKeyOf}. */
  private static final class FixedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;

    FixedRandom(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("Ed25519 asked for " + bytes.length + " random bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }

  @Override
  public String toString() {
    return name + "+" + keyIdHex();
  }
}
