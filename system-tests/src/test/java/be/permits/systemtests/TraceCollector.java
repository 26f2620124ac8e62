package be.permits.systemtests;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OTLP/HTTP trace receiver on loopback, standing in for the collector of a production cluster:
 * the services export their spans to it, and tests ask which services took part in a trace.
 */
final class TraceCollector implements AutoCloseable {
  /** One span as received: its trace, the service that recorded it, and its name. */
  record ReceivedSpan(String traceId, String service, String name) {}

  private final HttpServer server;
  private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();

  TraceCollector() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/v1/traces",
        exchange -> {
          int status = 200;
          try (InputStream in = exchange.getRequestBody()) {
            receive(ExportTraceServiceRequest.parseFrom(in));
          } catch (IOException | RuntimeException unreadable) {
            problems.add(unreadable.toString());
            status = 400;
          }
          byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
          exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
          exchange.sendResponseHeaders(status, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    server.start();
  }

  /** The endpoint to give the services (OTLP_ENDPOINT). */
  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void receive(ExportTraceServiceRequest request) {
    for (ResourceSpans resource : request.getResourceSpansList()) {
      String service =
          resource.getResource().getAttributesList().stream()
              .filter(a -> a.getKey().equals("service.name"))
              .map(KeyValue::getValue)
              .map(v -> v.getStringValue())
              .findFirst()
              .orElse("unknown");
      for (ScopeSpans scope : resource.getScopeSpansList()) {
        for (Span span : scope.getSpansList()) {
          spans.add(
              new ReceivedSpan(
                  HexFormat.of().formatHex(span.getTraceId().toByteArray()),
                  service,
                  span.getName()));
        }
      }
    }
  }

  /** The spans of one trace received so far. */
  List<ReceivedSpan> trace(String traceId) {
    return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
  }

  /** Exports that could not be read: a test that finds no span says why. */
  List<String> problems() {
    return problems;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
