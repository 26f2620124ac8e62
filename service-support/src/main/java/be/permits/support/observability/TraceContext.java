package be.permits.support.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The W3C {@code traceparent} of the current span, kept with an outbox row so that the event it
 * becomes continues the trace of the request or event that caused it, however late it is relayed.
 */
public final class TraceContext {
  private static final String TRACEPARENT = "traceparent";
  private static final TextMapGetter<String> ONE_VALUE =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
          return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
          return TRACEPARENT.equals(key) ? carrier : null;
        }
      };

  private TraceContext() {}

  /** The current span's {@code traceparent}, or empty outside a sampled or valid span. */
  public static Optional<String> currentTraceparent() {
    if (!Span.current().getSpanContext().isValid()) {
      return Optional.empty();
    }
    Map<String, String> carrier = new HashMap<>();
    W3CTraceContextPropagator.getInstance()
        .inject(Context.current(), carrier, (map, key, value) -> map.put(key, value));
    return Optional.ofNullable(carrier.get(TRACEPARENT));
  }

  /** The context a stored {@code traceparent} names; the root context if there is none. */
  public static Context restore(String traceparent) {
    if (traceparent == null) {
      return Context.root();
    }
    return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, ONE_VALUE);
  }
}
