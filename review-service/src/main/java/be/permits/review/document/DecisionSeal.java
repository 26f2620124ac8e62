package be.permits.review.document;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals a PDF with the deciding authority's key as a PAdES signature, through the EU's DSS library,
 * and checks the seal of any PDF. The level is baseline B; B-T (a trusted time from a timestamp
 * authority, RFC 3161) where {@code seal.tsa-url} names one.
 *
 * <p>A seal is valid here when DSS finds it cryptographically intact, its certificate chains to the
 * configured anchor (the root of the seal's own chain), and it covers the whole file: nothing was
 * appended after it. Revocation is not checked: the anchor is the authority's own CA, not a trusted
 * list; DSS's own verdict is reported beside ours (ADR 0019).
 */
@ApplicationScoped
public class DecisionSeal {
  @Inject SealKeys keys;

  @ConfigProperty(name = "seal.tsa-url")
  Optional<String> tsaUrl;

  /** What a check found; {@code valid} only when every part holds. */
  public record Check(
      boolean sealed,
      boolean intact,
      boolean trusted,
      boolean wholeDocument,
      String sealedBy,
      String organisation,
      Instant sealedAt,
      boolean trustedTime,
      String level,
      String dssIndication) {
    public boolean valid() {
      return sealed && intact && trusted && wholeDocument;
    }

    static Check unsealed() {
      return new Check(false, false, false, false, null, null, null, false, null, null);
    }

    static Check damaged() {
      return new Check(true, false, false, false, null, null, null, false, null, "DAMAGED");
    }
  }

  /**
   * @param reason what the seal is for, written in the signature dictionary
   */
  public byte[] seal(byte[] pdf, String reason, Instant at) {
    try (Pkcs12SignatureToken token =
        new Pkcs12SignatureToken(
            keys.keystore(), new KeyStore.PasswordProtection(keys.password()))) {
      DSSPrivateKeyEntry key = token.getKeys().get(0);
      PAdESSignatureParameters parameters = new PAdESSignatureParameters();
      parameters.setSignatureLevel(
          tsaUrl.isPresent() ? SignatureLevel.PAdES_BASELINE_T : SignatureLevel.PAdES_BASELINE_B);
      parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
      parameters.setSigningCertificate(key.getCertificate());
      parameters.setCertificateChain(key.getCertificateChain());
      parameters.setReason(reason);
      parameters.setLocation("BE");
      parameters.bLevel().setSigningDate(Date.from(at));
      PAdESService service = new PAdESService(offline());
      tsaUrl.ifPresent(url -> service.setTspSource(new OnlineTSPSource(url)));
      DSSDocument document = new InMemoryDocument(pdf, "decision.pdf", MimeTypeEnum.PDF);
      ToBeSigned toSign = service.getDataToSign(document, parameters);
      SignatureValue value = token.sign(toSign, parameters.getDigestAlgorithm(), key);
      return service.signDocument(document, parameters, value).openStream().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seal of a PDF as DSS validates it against the authority's anchor; the last if several. */
  public Check check(byte[] pdf) {
    CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
    anchors.addCertificate(new CertificateToken(keys.anchor()));
    CommonCertificateVerifier verifier = offline();
    verifier.setTrustedCertSources(anchors);
    SignedDocumentValidator validator;
    try {
      validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
    } catch (RuntimeException notAPdf) {
      return Check.unsealed();
    }
    validator.setCertificateVerifier(verifier);
    Reports reports;
    try {
      reports = validator.validateDocument();
    } catch (RuntimeException damaged) {
      // A PDF whose structure no longer reads (a changed byte in a cross-reference or an object
      // stream): whatever seal it carried cannot hold.
      return Check.damaged();
    }
    SimpleReport simple = reports.getSimpleReport();
    List<String> ids = simple.getSignatureIdList();
    if (ids.isEmpty()) {
      return Check.unsealed();
    }
    String id = ids.get(ids.size() - 1);
    SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
    var certificate = signature.getSigningCertificate();
    // A time is the timestamp authority's when a timestamp over the signature is intact.
    boolean timestamped =
        signature.getTimestampList().stream()
            .anyMatch(t -> t.isMessageImprintDataIntact() && t.isSignatureIntact());
    Date best = simple.getBestSignatureTime(id);
    Date claimed = signature.getClaimedSigningTime();
    Date when = timestamped && best != null ? best : claimed;
    return new Check(
        true,
        signature.isSignatureIntact()
            && signature.isSignatureValid()
            && signature.isSignatureByteRangeValid(),
        certificate != null && signature.isTrustedChain(),
        coversTheWholeFile(signature.getSignatureByteRange(), pdf.length)
            && !signature.arePdfModificationsDetected(),
        certificate == null ? simple.getSignedBy(id) : certificate.getCommonName(),
        certificate == null ? null : certificate.getOrganizationName(),
        when == null ? null : when.toInstant(),
        timestamped,
        simple.getSignatureFormat(id) == null ? null : simple.getSignatureFormat(id).name(),
        simple.getIndication(id)
            + (simple.getSubIndication(id) == null ? "" : "/" + simple.getSubIndication(id)));
  }

  /**
   * A verifier that fetches nothing: DSS's default one follows the certificate's own AIA address to
   * find its issuer, which would let anyone who uploads a forged seal make this service call any
   * address (server-side request forgery). The anchor is configured; nothing needs fetching.
   */
  private static CommonCertificateVerifier offline() {
    CommonCertificateVerifier verifier = new CommonCertificateVerifier(true);
    verifier.setAIASource(null);
    verifier.setOcspSource(null);
    verifier.setCrlSource(null);
    return verifier;
  }

  /** A PDF signature's byte range is [0, a, b, c]: it reaches the end when b + c is the length. */
  private static boolean coversTheWholeFile(List<BigInteger> range, int length) {
    return range != null
        && range.size() == 4
        && range.get(0).signum() == 0
        && range.get(2).add(range.get(3)).equals(BigInteger.valueOf(length));
  }
}
