package be.permits.review.document;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deciding authority's seal: a key and its certificate chain in a PKCS#12 file. In Kubernetes
 * the file and its password come from a Secret ({@code seal.keystore}, {@code
 * seal.keystore-password}). Without them, {@code seal.local-folder} names where the local run keeps
 * a LOCAL-ONLY demo CA and seal certificate, made at the first start: documents sealed with it
 * prove nothing to anyone outside this machine, and say so in the certificate's names.
 *
 * <p>The anchor that verification trusts is the last certificate of the chain (the CA's root).
 */
@ApplicationScoped
@Startup
public class SealKeys {
  static final String LOCAL_FILE = "decision-seal-LOCAL-ONLY.p12";
  private static final String ALIAS = "seal";

  private final byte[] keystore;
  private final char[] password;
  private final X509Certificate anchor;

  SealKeys(
      @ConfigProperty(name = "seal.keystore") Optional<Path> keystore,
      @ConfigProperty(name = "seal.keystore-password") Optional<String> password,
      @ConfigProperty(name = "seal.local-folder") Optional<Path> localFolder) {
    if (keystore.isPresent()) {
      this.password = password.orElseThrow(() -> missing("seal.keystore-password")).toCharArray();
      this.keystore = read(keystore.get());
    } else {
      Path folder = localFolder.orElseThrow(() -> missing("seal.keystore or seal.local-folder"));
      Path file = folder.resolve(LOCAL_FILE);
      Path secret = folder.resolve(LOCAL_FILE + ".password");
      if (!Files.isRegularFile(file)) {
        writeLocal(file, secret);
      }
      this.password = new String(read(secret), StandardCharsets.UTF_8).trim().toCharArray();
      this.keystore = read(file);
    }
    X509Certificate[] chain = chainOf(this.keystore, this.password);
    this.anchor = chain[chain.length - 1];
  }

  /** The PKCS#12 file's bytes, for DSS's token. */
  byte[] keystore() {
    return keystore.clone();
  }

  char[] password() {
    return password.clone();
  }

  /** The certificate that verification trusts: the root of the seal's chain. */
  public X509Certificate anchor() {
    return anchor;
  }

  private static X509Certificate[] chainOf(byte[] keystore, char[] password) {
    try (InputStream in = new java.io.ByteArrayInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      String alias =
          java.util.Collections.list(store.aliases()).stream()
              .filter(a -> isKey(store, a))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("The seal's PKCS#12 holds no key"));
      Certificate[] chain = store.getCertificateChain(alias);
      X509Certificate[] out = new X509Certificate[chain.length];
      for (int i = 0; i < chain.length; i++) {
        out[i] = (X509Certificate) chain[i];
      }
      return out;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("The seal's PKCS#12 cannot be read: " + e.getMessage(), e);
    }
  }

  private static boolean isKey(KeyStore store, String alias) {
    try {
      return store.isKeyEntry(alias);
    } catch (java.security.KeyStoreException e) {
      return false;
    }
  }

  /** A local CA and a seal certificate it issued, in a PKCS#12 readable by the owner only. */
  private static void writeLocal(Path file, Path secret) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(256);
      KeyPair ca = generator.generateKeyPair();
      KeyPair seal = generator.generateKeyPair();
      Instant now = Instant.now();
      Date from = Date.from(now.minus(Duration.ofDays(1)));
      Date until = Date.from(now.plus(Duration.ofDays(3650)));
      X500Name caName =
          new X500Name("CN=LOCAL-ONLY demo CA of the permit suite,O=Permit suite (local run),C=BE");
      X500Name sealName =
          new X500Name(
              "CN=Deciding authority (LOCAL-ONLY demo seal),O=Permit suite (local run),C=BE");
      var caBuilder =
          new JcaX509v3CertificateBuilder(
              caName, BigInteger.valueOf(1), from, until, caName, ca.getPublic());
      caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      caBuilder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      X509Certificate caCertificate = sign(caBuilder, ca);
      var sealBuilder =
          new JcaX509v3CertificateBuilder(
              caName, BigInteger.valueOf(2), from, until, sealName, seal.getPublic());
      sealBuilder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      X509Certificate sealCertificate = sign(sealBuilder, ca);
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      char[] password = HexFormat.of().formatHex(random).toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          ALIAS, seal.getPrivate(), password, new Certificate[] {sealCertificate, caCertificate});
      Files.createDirectories(file.getParent());
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      store.store(bytes, password);
      // The password first, the keystore last: a keystore present means both are complete; a
      // start interrupted between the two leaves a password file that the next start replaces.
      Files.deleteIfExists(secret);
      writeOwnerOnly(secret, new String(password).getBytes(StandardCharsets.UTF_8));
      writeOwnerOnly(file, bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("The local seal cannot be made: " + e.getMessage(), e);
    }
  }

  private static X509Certificate sign(JcaX509v3CertificateBuilder builder, KeyPair issuer)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
  }

  private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the folder's own permissions have to do.
      Files.createFile(file);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(content);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IllegalStateException missing(String what) {
    return new IllegalStateException("The decision seal needs " + what);
  }
}
