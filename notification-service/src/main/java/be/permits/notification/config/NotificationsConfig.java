package be.permits.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** The service's own settings, under {@code notifications.} (application.properties says why). */
@ConfigMapping(prefix = "notifications")
public interface NotificationsConfig {
  /** The suite's address for people, for links in messages. */
  @WithDefault("http://localhost:8080")
  String publicUrl();

  Delivery delivery();

  Directory directory();

  /**
   * An agency's shared mailbox, by the agency's claim ({@code urban-planning}): told when the
   * directory knows nobody of the agency.
   */
  Map<String, String> agencyMailbox();

  /** The language of messages to an agency's shared mailbox. */
  @WithDefault("fr")
  String agencyMailboxLocale();

  /** SMTP delivery with bounded retries. */
  interface Delivery {
    int maxAttempts();

    /** The wait before the second attempt; each later wait doubles. */
    Duration firstRetry();
  }

  /** The agencies' people, read from Keycloak. */
  interface Directory {
    /** How long a list of an agency's members is used before it is read again. */
    @WithDefault("PT5M")
    Duration refresh();
  }
}
