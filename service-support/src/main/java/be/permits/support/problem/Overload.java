package be.permits.support.problem;

import be.permits.support.incoming.Unavailable;
import jakarta.ws.rs.core.Response;

/**
 * More work than the service can take at once, or its database away for a moment: no database
 * connection came free in time (the pool is bounded and its acquisition times out quickly), or the
 * database is restarting. The caller is told to come back, with {@code Retry-After}, instead of
 * seeing a 500.
 */
final class Overload {
  static final int RETRY_AFTER_SECONDS = 2;

  static final Problem PROBLEM =
      new Problem(
          "urn:problem:overloaded",
          "Service Unavailable",
          503,
          "The service is busy; try again in a moment.",
          null,
          java.util.List.of());

  private Overload() {}

  static boolean isCause(Throwable cause) {
    return Unavailable.isCause(cause);
  }

  static Response answer(Response problem) {
    return Response.fromResponse(problem)
        .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
        .build();
  }
}
