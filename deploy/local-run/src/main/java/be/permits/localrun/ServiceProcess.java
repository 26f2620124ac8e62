package be.permits.localrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One of the suite's Quarkus services, run from its built jar with production configuration. */
final class ServiceProcess implements AutoCloseable {
  private final String name;
  private final Process process;

  private ServiceProcess(String name, Process process) {
    this.name = name;
    this.process = process;
  }

  /**
   * Starts {@code name} (e.g. {@code permit-service}) and waits until it is ready.
   *
   * @param env the service's environment: database, Kafka, OIDC, SMTP
   */
  static ServiceProcess start(
      Path suiteHome, String name, int port, Map<String, String> env, Path logDir) {
    Path jar = suiteHome.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build first (./mvnw package -DskipTests)");
    }
    Map<String, String> environment = new HashMap<>(env);
    environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    Path log = logDir.resolve(name + ".log");
    Process process =
        Processes.start(
            List.of(javaBinary(), "-Xmx384m", "-jar", jar.toString()), suiteHome, environment, log);
    ServiceProcess service = new ServiceProcess(name, process);
    String ready = "http://127.0.0.1:" + port + "/q/health/ready";
    Processes.awaitReady(
        name, process, () -> Processes.answers200(ready), Duration.ofMinutes(2), log);
    return service;
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  String name() {
    return name;
  }

  @Override
  public void close() {
    Processes.stop(process, Duration.ofSeconds(20));
  }
}
