package be.permits.review;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A timestamp authority (RFC 3161 over HTTP, RFC 3161 section 3.4) on loopback for the tests that
 * seal at level B-T: it answers every well-formed request with a token signed by its own key, and
 * counts the requests. Test-only: it vouches for nothing.
 */
public class LocalTimestampAuthority implements QuarkusTestResourceLifecycleManager {
  static final AtomicInteger REQUESTS = new AtomicInteger();

  private HttpServer server;

  @Override
  public Map<String, String> start() {
    try {
      TimeStampResponseGenerator responses = responses();
      AtomicInteger serial = new AtomicInteger();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/tsa",
          exchange -> {
            byte[] answer;
            try (InputStream in = exchange.getRequestBody()) {
              TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
              TimeStampResponse response;
              synchronized (responses) {
                response =
                    responses.generate(
                        request, BigInteger.valueOf(serial.incrementAndGet()), new Date());
              }
              answer = response.getEncoded();
              REQUESTS.incrementAndGet();
            } catch (Exception e) {
              exchange.sendResponseHeaders(400, -1);
              exchange.close();
              return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(answer);
            }
          });
      server.start();
      return Map.of("seal.tsa-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    } catch (Exception e) {
      throw new IllegalStateException("The local timestamp authority cannot start", e);
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** Its key and a self-issued certificate for time-stamping only, as RFC 3161 asks. */
  private static TimeStampResponseGenerator responses() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    KeyPair key = generator.generateKeyPair();
    X500Name name = new X500Name("CN=Test timestamp authority (tests only),O=Permit suite,C=BE");
    Instant now = Instant.now();
    var builder =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.ONE,
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(30))),
            name,
            key.getPublic());
    builder.addExtension(
        Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    X509Certificate certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                builder.build(
                    new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate())));
    TimeStampTokenGenerator tokens =
        new TimeStampTokenGenerator(
            new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withECDSA", key.getPrivate(), certificate),
            new JcaDigestCalculatorProviderBuilder()
                .build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
            new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1"));
    tokens.addCertificates(new JcaCertStore(List.of(certificate)));
    return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
  }
}
