package be.permits.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real SMTP server (GreenMail) on loopback; the mailer of the service under test uses it. */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {
  private static volatile GreenMail greenMail;

  @Override
  public Map<String, String> start() {
    int port;
    try {
      port = EmbeddedKafkaBroker.freePort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return Map.of(
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", String.valueOf(port),
        "quarkus.mailer.mock", "false",
        "quarkus.mailer.start-tls", "DISABLED",
        "quarkus.mailer.tls", "false",
        // GreenMail answers pipelined commands line by line: each message would wait about
        // 40 ms on TCP's delayed acknowledgement.
        "quarkus.mailer.pipelining", "false");
  }

  /** The running server, to read what it received. */
  public static GreenMail greenMail() {
    return greenMail;
  }

  @Override
  public void stop() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }
}
