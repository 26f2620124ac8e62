package be.permits.support.observability;

import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * The application a log line is about, as the MDC key {@code applicationId}: JSON logs carry it
 * beside the trace id, so that an operator finds every line about one application in every service.
 * Only a well-formed UUID is kept, so that nothing a caller typed reaches the logs.
 */
public final class LogContext {
  static final String APPLICATION_ID = "applicationId";

  private LogContext() {}

  public static void forApplication(String applicationId) {
    if (applicationId == null) {
      return;
    }
    try {
      MDC.put(APPLICATION_ID, UUID.fromString(applicationId).toString());
    } catch (IllegalArgumentException notAnId) {
      MDC.remove(APPLICATION_ID);
    }
  }

  public static void clear() {
    MDC.remove(APPLICATION_ID);
  }
}
