package be.permits.localrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The suite's Kafka broker, run by {@link KafkaMain} in a process of its own. */
final class KafkaProcess extends ChildProcess {
  static final String READY = "kafka: ready";

  private final Path dir;
  private final int port;
  private final Path log;

  private KafkaProcess(Path dir, int port, Path log) {
    this.dir = dir;
    this.port = port;
    this.log = log;
  }

  static KafkaProcess start(Path dir, int port, Path log) {
    KafkaProcess kafka = new KafkaProcess(dir, port, log);
    kafka.launch();
    return kafka;
  }

  @Override
  protected Process spawn() {
    long linesBefore = lines();
    Process process =
        Processes.start(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                KafkaMain.class.getName(),
                dir.toString(),
                String.valueOf(port)),
            // The launcher's own directory: its class path may name files relative to it.
            Path.of("").toAbsolutePath(),
            Map.of(),
            log);
    // Ready once this start has written its line: the topics exist and the broker answers.
    Processes.awaitReady(
        "Kafka", process, () -> readyAfter(linesBefore), Duration.ofMinutes(2), log);
    return process;
  }

  private long lines() {
    try {
      return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean readyAfter(long linesBefore) {
    try {
      return Files.readAllLines(log).stream().skip(linesBefore).anyMatch(READY::equals);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String name() {
    return "kafka";
  }
}
