package be.permits.review;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A PDF sealed by someone else than the authority, with a certificate whose issuer (AIA),
 * revocation list and OCSP responder addresses point wherever the forger wants: the bait of a
 * server-side request forgery through the public verification.
 */
final class ForgedSeal {
  private ForgedSeal() {}

  static byte[] sealedBlankPdf(String commonName, String baitUrl) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    KeyPair issuer = generator.generateKeyPair();
    KeyPair signer = generator.generateKeyPair();
    Instant now = Instant.now();
    var builder =
        new JcaX509v3CertificateBuilder(
            new X500Name("CN=Forged issuing CA,C=BE"),
            BigInteger.TEN,
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(30))),
            new X500Name("CN=" + commonName + ",O=Forger,C=BE"),
            signer.getPublic());
    builder.addExtension(
        Extension.authorityInfoAccess,
        false,
        new AuthorityInformationAccess(
            new AccessDescription[] {
              new AccessDescription(
                  AccessDescription.id_ad_caIssuers,
                  new GeneralName(GeneralName.uniformResourceIdentifier, baitUrl + "/ca.cer")),
              new AccessDescription(
                  AccessDescription.id_ad_ocsp,
                  new GeneralName(GeneralName.uniformResourceIdentifier, baitUrl + "/ocsp"))
            }));
    builder.addExtension(
        Extension.cRLDistributionPoints,
        false,
        new CRLDistPoint(
            new DistributionPoint[] {
              new DistributionPoint(
                  new DistributionPointName(
                      new GeneralNames(
                          new GeneralName(
                              GeneralName.uniformResourceIdentifier, baitUrl + "/ca.crl"))),
                  null,
                  null)
            }));
    X509Certificate certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
    char[] password = "forged".toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("forged", signer.getPrivate(), password, new Certificate[] {certificate});
    ByteArrayOutputStream keystore = new ByteArrayOutputStream();
    store.store(keystore, password);

    byte[] blank;
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      blank = out.toByteArray();
    }
    try (Pkcs12SignatureToken token =
        new Pkcs12SignatureToken(
            keystore.toByteArray(), new KeyStore.PasswordProtection(password))) {
      DSSPrivateKeyEntry key = token.getKeys().get(0);
      PAdESSignatureParameters parameters = new PAdESSignatureParameters();
      parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
      parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
      parameters.setSigningCertificate(key.getCertificate());
      parameters.setCertificateChain(key.getCertificateChain());
      PAdESService service = new PAdESService(new CommonCertificateVerifier(true));
      DSSDocument document = new InMemoryDocument(blank, "forged.pdf", MimeTypeEnum.PDF);
      var signature =
          token.sign(
              service.getDataToSign(document, parameters), parameters.getDigestAlgorithm(), key);
      return service.signDocument(document, parameters, signature).openStream().readAllBytes();
    }
  }
}
