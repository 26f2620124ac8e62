package be.permits.support.web;

import be.permits.contracts.EventJson;
import be.permits.support.json.ControlCharacters;
import be.permits.support.problem.Problem;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every request must keep to before any resource sees it. A path or query holding a control
 * character (a NUL that PostgreSQL would refuse, once decoded) answers 400. Bodies larger than the
 * request can need are refused before they are read: documents (multipart) up to {@code
 * quarkus.http.limits.max-body-size}, everything else (JSON, page forms) up to {@value
 * #MAX_TEXT_BODY} bytes. The answer is 413 with a problem; the body that the client still sends is
 * read and dropped, up to a bound, so that the client (or the entry point in front) gets the answer
 * rather than a reset connection.
 */
public class RequestLimits {
  /** The largest JSON or form body: the whole application form is a few kilobytes. */
  static final long MAX_TEXT_BODY = 1024 * 1024;

  /** How much of a refused body is drained before the connection is closed on the client. */
  static final long MAX_DRAINED = 64L * 1024 * 1024;

  @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
  io.quarkus.runtime.configuration.MemorySize maxBody;

  @RouteFilter(RouteFilter.DEFAULT_PRIORITY + 110)
  void plainUri(RoutingContext rc) {
    String uri = rc.request().uri();
    String decoded;
    try {
      decoded = java.net.URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = "\u0000";
    }
    if (!ControlCharacters.in(decoded)) {
      rc.next();
      return;
    }
    answer(
        rc,
        new Problem(
            "urn:problem:validation",
            "Invalid request",
            400,
            "The path or query holds a control character, or an encoding that is not valid.",
            null,
            List.of(new Problem.FieldError("", "control character in the path or query"))));
  }

  @RouteFilter(RouteFilter.DEFAULT_PRIORITY + 100)
  void limit(RoutingContext rc) {
    String length = rc.request().getHeader("Content-Length");
    long declared;
    try {
      declared = length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      declared = -1;
    }
    String type = rc.request().getHeader("Content-Type");
    boolean documents = type != null && type.toLowerCase().startsWith("multipart/");
    long max = documents ? maxBody.asLongValue() : MAX_TEXT_BODY;
    if (declared <= max) {
      rc.next();
      return;
    }
    Problem problem =
        new Problem(
            "urn:problem:too-large",
            "Content Too Large",
            413,
            "The body holds " + declared + " bytes; this request takes at most " + max + ".",
            null,
            List.of(new Problem.FieldError("", "body too large")));
    long[] drained = {0};
    rc.request()
        .handler(
            chunk -> {
              drained[0] += chunk.length();
              if (drained[0] > MAX_DRAINED) {
                rc.request().connection().close();
              }
            });
    rc.request().endHandler(done -> answer(rc, problem));
    rc.request().resume();
  }

  private static void answer(RoutingContext rc, Problem problem) {
    rc.response()
        .setStatusCode(problem.status())
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .putHeader("Connection", "close")
        .end(EventJson.write(problem));
  }
}
