package be.permits.localrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One of the suite's Quarkus services, run from its built jar with production configuration. */
final class ServiceProcess extends ChildProcess {
  private final String name;
  private final Path suiteHome;
  private final int port;
  private final Map<String, String> env;
  private final Path logDir;

  private ServiceProcess(
      String name, Path suiteHome, int port, Map<String, String> env, Path logDir) {
    this.name = name;
    this.suiteHome = suiteHome;
    this.port = port;
    this.env = env;
    this.logDir = logDir;
  }

  /**
   * Starts {@code name} (e.g. {@code permit-service}) and waits until it is ready.
   *
   * @param env the service's environment: database, Kafka, OIDC, SMTP
   */
  static ServiceProcess start(
      Path suiteHome, String name, int port, Map<String, String> env, Path logDir) {
    ServiceProcess service = new ServiceProcess(name, suiteHome, port, env, logDir);
    service.launch();
    return service;
  }

  @Override
  protected Process spawn() {
    Path jar = suiteHome.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build first (./mvnw package -DskipTests)");
    }
    Map<String, String> environment = new HashMap<>(env);
    environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    Path log = logDir.resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m"));
    // For profiling a run, e.g. -Dservice.jvm.options=-XX:StartFlightRecording=filename=/tmp/jfr/
    String extra = System.getProperty("service.jvm.options", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(List.of("-jar", jar.toString()));
    Process process = Processes.start(command, suiteHome, environment, log);
    String ready = "http://127.0.0.1:" + port + "/q/health/ready";
    Processes.awaitReady(
        name, process, () -> Processes.answers200(ready), Duration.ofMinutes(2), log);
    return process;
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Override
  public String name() {
    return name;
  }
}
