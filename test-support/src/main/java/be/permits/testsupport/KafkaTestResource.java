package be.permits.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.util.Map;

/** Starts a real Kafka broker for a service's tests and points every channel at it. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {
  private static volatile String bootstrapServers;
  private EmbeddedKafkaBroker broker;

  @Override
  public Map<String, String> start() {
    broker = EmbeddedKafkaBroker.start(new File("target/embedded-kafka"), 0, false);
    bootstrapServers = broker.bootstrapServers();
    return Map.of("kafka.bootstrap.servers", bootstrapServers);
  }

  /** The running broker's address, for tests that publish or read records themselves. */
  public static String bootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public void stop() {
    if (broker != null) {
      broker.close();
    }
  }
}
