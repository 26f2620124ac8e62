package be.permits.testsupport;

import be.permits.contracts.Topics;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one node) inside this JVM, on
 * loopback, with the suite's topics and their dead-letter topics created.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  public static final int PARTITIONS = 3;
  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Starts a broker whose log lives in {@code directory}.
   *
   * @param port the client port, or 0 for any free one
   * @param keepData start from the log already there (local run) rather than from scratch
   */
  public static EmbeddedKafkaBroker start(File directory, int port, boolean keepData) {
    try {
      int clientPort = port > 0 ? port : freePort();
      // A fixed client port (local run) keeps the controller beside it, the same on every start.
      int controllerPort = port > 0 ? port + 1 : freePort();
      File logDir = new File(directory, "log");
      boolean formatted = keepData && new File(logDir, "meta.properties").exists();
      if (!formatted) {
        deleteRecursively(logDir.toPath());
      }
      Files.createDirectories(logDir.toPath());

      Properties props = new Properties();
      props.put("process.roles", "broker,controller");
      props.put("node.id", "1");
      props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
      props.put(
          "listeners",
          "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
      props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
      props.put("controller.listener.names", "CONTROLLER");
      props.put("inter.broker.listener.name", "PLAINTEXT");
      props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
      props.put("log.dirs", logDir.getAbsolutePath());
      props.put("num.partitions", String.valueOf(PARTITIONS));
      props.put("offsets.topic.replication.factor", "1");
      props.put("offsets.topic.num.partitions", "3");
      props.put("transaction.state.log.replication.factor", "1");
      props.put("transaction.state.log.min.isr", "1");
      props.put("share.coordinator.state.topic.replication.factor", "1");
      props.put("share.coordinator.state.topic.min.isr", "1");
      props.put("group.initial.rebalance.delay.ms", "0");
      props.put("auto.create.topics.enable", "false");
      KafkaConfig config = new KafkaConfig(props);

      if (!formatted) {
        new Formatter()
            .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
            .setClusterId(Uuid.randomUuid().toString())
            .setNodeId(1)
            .setControllerListenerName("CONTROLLER")
            .setMetadataLogDirectory(logDir.getAbsolutePath())
            .setDirectories(Set.of(logDir.getAbsolutePath()))
            .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
            .run();
      }
      KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
      server.startup();
      EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, "127.0.0.1:" + clientPort);
      broker.createTopics();
      return broker;
    } catch (Exception e) {
      throw new IllegalStateException("Kafka did not start in " + directory, e);
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /**
   * Creates the suite's topics and dead-letter topics that do not exist yet; also the readiness
   * check.
   */
  private void createTopics() throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
      List<NewTopic> topics = new ArrayList<>();
      for (String topic : Topics.ALL) {
        for (String name : List.of(topic, Topics.deadLetter(topic))) {
          if (!existing.contains(name)) {
            topics.add(new NewTopic(name, PARTITIONS, (short) 1));
          }
        }
      }
      admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
