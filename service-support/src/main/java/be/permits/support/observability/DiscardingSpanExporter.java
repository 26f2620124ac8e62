package be.permits.support.observability;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Drops finished spans while no OTLP endpoint is configured. Trace ids still exist and travel with
 * requests and events (logs carry them), but nothing tries to reach a collector that is not there.
 * When {@code OTLP_ENDPOINT} names a collector ({@code traces.collector} is then not "none"), this
 * bean is not looked up and Quarkus installs its OTLP exporter instead. Nothing injects it (Quarkus
 * looks it up), hence unremovable.
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "traces.collector", stringValue = "none", lookupIfMissing = true)
public class DiscardingSpanExporter implements SpanExporter {
  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }
}
