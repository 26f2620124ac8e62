package be.permits.localrun;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The single origin of the local run: routes each path prefix to the service that owns it, as the
 * production ingress does (deploy/kubernetes), and shows received mail at {@code /mail}.
 */
final class EntryPoint implements AutoCloseable {
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "host");

  /** Room for the session cookie (tokens, encrypted), as the Ingress gives it (16k). */
  private static final int MAX_HEADER_SIZE = 16 * 1024;

  /** The largest body the entry point forwards, as the Ingress's proxy-body-size (21m). */
  static final long MAX_BODY = 21L * 1024 * 1024;

  private final Vertx vertx = Vertx.vertx();
  private final HttpClient client =
      vertx.createHttpClient(
          new HttpClientOptions()
              .setMaxPoolSize(64)
              .setKeepAlive(true)
              .setMaxHeaderSize(MAX_HEADER_SIZE));
  private final HttpServer server;

  /** Path prefix to port, most specific first; "/" catches the rest. */
  private final Map<String, Integer> routes;

  private final Supplier<String> mail;

  EntryPoint(SuitePorts ports, Supplier<String> mail) {
    this.mail = mail;
    routes = routes(ports);
    server =
        vertx.createHttpServer(
            new HttpServerOptions()
                .setHost("127.0.0.1")
                .setPort(ports.entry())
                .setMaxHeaderSize(MAX_HEADER_SIZE));
    server.requestHandler(this::handle);
    try {
      server.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      vertx.close();
      throw new IllegalStateException("The entry point cannot listen on " + ports.entry(), e);
    }
  }

  /** The routing table of {@link SuiteRoutes}, each owner replaced by its port. */
  static Map<String, Integer> routes(SuitePorts ports) {
    Map<String, Integer> portOf =
        Map.of(
            SuiteRoutes.KEYCLOAK,
            ports.keycloak(),
            "permit-service",
            ports.permitService(),
            "review-service",
            ports.reviewService(),
            "notification-service",
            ports.notificationService());
    Map<String, Integer> routes = new LinkedHashMap<>();
    SuiteRoutes.OWNERS.forEach((prefix, owner) -> routes.put(prefix, portOf.get(owner)));
    return routes;
  }

  static int target(Map<String, Integer> routes, String path) {
    for (Map.Entry<String, Integer> route : routes.entrySet()) {
      if (path.startsWith(route.getKey())) {
        return route.getValue();
      }
    }
    return routes.get("/");
  }

  private void handle(HttpServerRequest request) {
    String path = request.path();
    if (path.equals("/mail")) {
      request
          .response()
          .putHeader("Content-Type", "application/json; charset=utf-8")
          .putHeader("Cache-Control", "no-store")
          .end(mail.get());
      return;
    }
    if (path.startsWith("/q/")) {
      // Health, metrics and the OpenAPI documents stay inside, as behind the ingress.
      request.response().setStatusCode(404).end();
      return;
    }
    if (declaredLength(request) > MAX_BODY) {
      refuseTooLarge(request);
      return;
    }
    int port = target(routes, path);
    request.pause();
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    request
        .headers()
        .forEach(
            h -> {
              if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                headers.add(h.getKey(), h.getValue());
              }
            });
    String host = request.getHeader("Host");
    headers.set("X-Forwarded-Host", host == null ? "localhost" : host);
    headers.set("X-Forwarded-Proto", "http");
    headers.set("X-Forwarded-For", String.valueOf(request.remoteAddress().host()));
    RequestOptions options =
        new RequestOptions()
            .setMethod(request.method())
            .setHost("127.0.0.1")
            .setPort(port)
            .setURI(request.uri())
            .setHeaders(headers);
    HttpServerResponse response = request.response();
    client
        .request(options)
        .compose(upstream -> upstream.send(request))
        .onSuccess(
            upstream -> {
              if (response.closed() || response.headWritten()) {
                // The browser or test went away (an abandoned event stream): nothing to answer.
                upstream.request().reset();
                return;
              }
              response.setStatusCode(upstream.statusCode());
              upstream
                  .headers()
                  .forEach(
                      h -> {
                        if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                          response.headers().add(h.getKey(), h.getValue());
                        }
                      });
              if (!response.headers().contains("Content-Length")) {
                response.setChunked(true);
              }
              upstream.pipeTo(response);
            })
        .onFailure(
            e -> {
              if (!response.headWritten()) {
                // A service that is restarting (or down) is unavailable for a moment, as behind
                // the Ingress: clients come back after Retry-After.
                response
                    .setStatusCode(503)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("Retry-After", "2")
                    .end(
                        "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\","
                            + "\"status\":503,\"detail\":\"The service behind this path is not"
                            + " answering; try again in a moment.\"}");
              }
            });
  }

  private static long declaredLength(HttpServerRequest request) {
    try {
      String length = request.getHeader("Content-Length");
      return length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Answers 413 as a problem without forwarding the body, as the Ingress does; the body still on
   * its way is read and dropped, so that the client reads the answer instead of a reset.
   */
  private static void refuseTooLarge(HttpServerRequest request) {
    String problem =
        "{\"type\":\"urn:problem:too-large\",\"title\":\"Content Too Large\",\"status\":413,"
            + "\"detail\":\"The entry point takes bodies of at most "
            + MAX_BODY
            + " bytes.\"}";
    request.handler(chunk -> {});
    request.endHandler(
        done ->
            request
                .response()
                .setStatusCode(413)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Connection", "close")
                .end(problem));
  }

  @Override
  public void close() {
    try {
      server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("The entry point did not stop cleanly", e);
    }
  }
}
