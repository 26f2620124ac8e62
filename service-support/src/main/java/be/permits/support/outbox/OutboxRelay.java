package be.permits.support.outbox;

import be.permits.contracts.CloudEventAttributes;
import be.permits.contracts.EventType;
import be.permits.support.observability.TraceContext;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadataBuilder;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka as CloudEvents (binary mode, JSON data), keyed by
 * application id, and marks them sent. A crash between the send and the mark re-sends the event
 * with the same id, which consumers skip; nothing is lost.
 *
 * <p>Rows go out in the order of {@code seq}, taken when each row was inserted. For one application
 * that is the order in which its changes committed, because every change to an application (or to
 * its review case) holds that row's lock until it commits; across applications order does not
 * matter, the topics being keyed by application. Only one instance relays at a time (a
 * transaction-scoped advisory lock), so that two replicas do not interleave one application's
 * events.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final long RELAY_LOCK = 0x0_7e1a7L;

  /**
   * How long a batch may take: well inside the transaction's timeout (60 s, Quarkus's default),
   * which would otherwise roll back and release the relay's lock while its sends still run.
   */
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

  @Inject EntityManager em;
  @Inject Clock clock;

  /** Room for a whole batch while the producer takes it. */
  @Inject
  @Channel("outbox")
  @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
  MutinyEmitter<String> emitter;

  @ConfigProperty(name = "quarkus.application.name")
  String source;

  @ConfigProperty(name = "outbox.batch-size", defaultValue = "200")
  int batchSize;

  @ConfigProperty(name = "outbox.retention", defaultValue = "P7D")
  Duration retention;

  /**
   * Runs relays with no context of the thread that woke it: the observer that wakes it still sees
   * the transaction that just committed, and that one must not be joined.
   */
  private final ManagedExecutor executor =
      ManagedExecutor.builder()
          .maxAsync(1)
          .propagated(ThreadContext.NONE)
          .cleared(ThreadContext.ALL_REMAINING)
          .build();

  /** Sends an application's next event once its previous one is acknowledged. */
  private final ManagedExecutor sender =
      ManagedExecutor.builder()
          .maxAsync(2)
          .propagated(ThreadContext.NONE)
          .cleared(ThreadContext.ALL_REMAINING)
          .build();

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wokenWhileRunning = new AtomicBoolean();

  /** Relays right after a transaction that wrote to the outbox commits. */
  void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEvent appended) {
    wakeUp();
  }

  /** The safety net: rows left by a crash, a failed send, or another instance. */
  @Scheduled(
      every = "${outbox.relay.every:2s}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void onTick() {
    wakeUp();
  }

  /** Starts relaying in the background unless it is already running, then it goes round again. */
  void wakeUp() {
    if (!running.compareAndSet(false, true)) {
      wokenWhileRunning.set(true);
      return;
    }
    executor.execute(this::relayUntilEmpty);
  }

  private void relayUntilEmpty() {
    try {
      do {
        wokenWhileRunning.set(false);
        while (relayBatch() == batchSize) {
          // A full batch means more may be waiting: go on without waiting for a wake-up.
        }
      } while (wokenWhileRunning.get());
    } catch (RuntimeException e) {
      LOG.warnf("Outbox relay stopped at a failed send; it retries on the next tick: %s", e);
    } finally {
      running.set(false);
    }
  }

  /** Sends one batch of pending events in {@code seq} order; returns how many were sent. */
  @Transactional
  public int relayBatch() {
    boolean locked =
        (Boolean)
            em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
    if (!locked) {
      return 0;
    }
    List<OutboxEvent> pending =
        em.createQuery("FROM OutboxEvent WHERE sentAt IS NULL ORDER BY seq", OutboxEvent.class)
            .setMaxResults(batchSize)
            .getResultList();
    // Different applications' events go to the producer together, so that one round trip carries
    // many records; one application's events go one after the other, each only once the one before
    // it is acknowledged, so that a failed send never lets a later event of the same application
    // overtake it. If any send fails, none is marked sent and the batch goes again; consumers skip
    // what they already had.
    Map<String, CompletableFuture<Void>> lastOfApplication = new HashMap<>();
    List<CompletableFuture<Void>> sends = new ArrayList<>(pending.size());
    for (OutboxEvent event : pending) {
      Message<String> message = toMessage(event);
      CompletableFuture<Void> before = lastOfApplication.get(event.aggregateId);
      CompletableFuture<Void> send =
          before == null ? send(message) : before.thenComposeAsync(sent -> send(message), sender);
      lastOfApplication.put(event.aggregateId, send);
      sends.add(send);
    }
    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
        .orTimeout(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .join();
    Instant now = clock.instant();
    for (OutboxEvent event : pending) {
      event.sentAt = now;
    }
    return pending.size();
  }

  private CompletableFuture<Void> send(Message<String> message) {
    return emitter.sendMessage(message).subscribeAsCompletionStage();
  }

  @PreDestroy
  void stop() {
    executor.shutdown();
    sender.shutdown();
  }

  /** Deletes events sent longer ago than the retention; the audit ledger keeps their history. */
  @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  @Transactional
  void purgeSent() {
    em.createQuery("DELETE FROM OutboxEvent WHERE sentAt < :before")
        .setParameter("before", clock.instant().minus(retention))
        .executeUpdate();
  }

  private Message<String> toMessage(OutboxEvent event) {
    EventType type =
        EventType.fromType(event.type)
            .orElseThrow(() -> new IllegalStateException("Unknown event type " + event.type));
    OutgoingCloudEventMetadataBuilder<Object> cloudEvent =
        OutgoingCloudEventMetadata.builder()
            .withId(event.id.toString())
            .withType(event.type)
            .withSource(URI.create(source))
            .withSubject(event.aggregateId)
            .withTimestamp(event.createdAt.atZone(java.time.ZoneOffset.UTC))
            .withDataContentType("application/json")
            .withExtension(CloudEventAttributes.ACTOR, event.actor);
    if (event.actorRole != null) {
      cloudEvent.withExtension(CloudEventAttributes.ACTOR_ROLE, event.actorRole);
    }
    if (event.actorAgency != null) {
      cloudEvent.withExtension(CloudEventAttributes.ACTOR_AGENCY, event.actorAgency);
    }
    if (event.traceparent != null) {
      cloudEvent.withExtension(CloudEventAttributes.TRACEPARENT, event.traceparent);
    }
    OutgoingKafkaRecordMetadata<String> record =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withTopic(type.topic())
            .withKey(event.aggregateId)
            .build();
    // The send's span continues the trace of the transaction that wrote the row, not the relay's.
    return Message.of(event.payload)
        .addMetadata(cloudEvent.build())
        .addMetadata(record)
        .addMetadata(TracingMetadata.withCurrent(TraceContext.restore(event.traceparent)));
  }
}
