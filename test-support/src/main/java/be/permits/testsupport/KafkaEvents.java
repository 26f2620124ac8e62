package be.permits.testsupport;

import be.permits.contracts.CloudEventAttributes;
import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes and reads CloudEvents on the test broker as another service would: binary mode, the
 * attributes in {@code ce_} headers, the JSON data as the record value.
 */
public final class KafkaEvents {
  private KafkaEvents() {}

  /** A record read back from a topic, with its CloudEvents attributes. */
  public record ReceivedEvent(
      String topic,
      String key,
      String id,
      String type,
      String subject,
      String actor,
      String data,
      String traceparent) {

    /** The trace id of the W3C trace context the record carries, or {@code null}. */
    public String traceId() {
      return traceparent == null ? null : traceparent.split("-")[1];
    }

    public <T> T dataAs(Class<T> type) {
      return EventJson.read(data, type);
    }
  }

  /** Publishes {@code payload} as an event of {@code type} with the given id; returns the id. */
  public static UUID publish(EventType type, UUID applicationId, Record payload, UUID eventId) {
    return publishRaw(
        type.topic(), applicationId.toString(), type.type(), EventJson.write(payload), eventId);
  }

  /** Publishes any value with CloudEvents headers, including values that break the schema. */
  public static UUID publishRaw(String topic, String key, String type, String data, UUID eventId) {
    return publishRaw(topic, key, type, data, eventId, null);
  }

  /** Publishes an event within the trace {@code traceparent} names (W3C header), if not null. */
  public static UUID publishRaw(
      String topic, String key, String type, String data, UUID eventId, String traceparent) {
    publishTogether(topic, List.of(new RawEvent(key, type, data, eventId, traceparent)));
    return eventId;
  }

  /** A CloudEvent as it goes to Kafka: key (= subject), type, data, id and trace, if any. */
  /**
   * An event as it goes on the topic; {@code actorRole} and {@code actorAgency} are the CloudEvents
   * extensions the suite's producers set (null: not stated).
   */
  public record RawEvent(
      String key,
      String type,
      String data,
      UUID id,
      String traceparent,
      String actorRole,
      String actorAgency) {
    public RawEvent(String key, String type, String data, UUID id, String traceparent) {
      this(key, type, data, id, traceparent, null, null);
    }
  }

  /** Publishes an event stating who acted in which capacity, for which agency (may be null). */
  public static UUID publishAs(
      String topic,
      String key,
      String type,
      String data,
      UUID eventId,
      String actorRole,
      String actorAgency) {
    publishTogether(
        topic, List.of(new RawEvent(key, type, data, eventId, null, actorRole, actorAgency)));
    return eventId;
  }

  /**
   * Publishes the events in order through one producer, one after the other without waiting, so
   * that a consumer that reads in batches gets them in one.
   */
  public static void publishTogether(String topic, List<RawEvent> events) {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
      List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
      for (RawEvent event : events) {
        ProducerRecord<String, String> record =
            new ProducerRecord<>(topic, event.key(), event.data());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", event.id().toString());
        header(record, "ce_type", event.type());
        header(record, "ce_source", "test");
        header(record, "ce_subject", event.key());
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_" + CloudEventAttributes.ACTOR, "test-actor");
        if (event.actorRole() != null) {
          header(record, "ce_" + CloudEventAttributes.ACTOR_ROLE, event.actorRole());
        }
        if (event.actorAgency() != null) {
          header(record, "ce_" + CloudEventAttributes.ACTOR_AGENCY, event.actorAgency());
        }
        header(record, "content-type", "application/json");
        if (event.traceparent() != null) {
          header(record, "traceparent", event.traceparent());
        }
        sent.add(producer.send(record));
      }
      for (java.util.concurrent.Future<?> f : sent) {
        f.get(30, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not publish to " + topic, e);
    }
  }

  /** Every record on {@code topic} from the beginning, read until the topic is quiet. */
  public static List<ReceivedEvent> readAll(String topic) {
    List<ReceivedEvent> events = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName()))) {
      consumer.subscribe(List.of(topic));
      int quietPolls = 0;
      while (quietPolls < 2) {
        var records = consumer.poll(Duration.ofMillis(500));
        if (records.isEmpty() && !consumer.assignment().isEmpty()) {
          quietPolls++;
        }
        for (ConsumerRecord<String, String> r : records) {
          events.add(
              new ReceivedEvent(
                  r.topic(),
                  r.key(),
                  header(r, "ce_id").orElse(null),
                  header(r, "ce_type").orElse(null),
                  header(r, "ce_subject").orElse(null),
                  header(r, "ce_" + CloudEventAttributes.ACTOR).orElse(null),
                  r.value(),
                  header(r, "traceparent").orElse(null)));
        }
      }
    }
    return events;
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
  }
}
