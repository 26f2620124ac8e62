package be.permits.localrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** One of the suite's Quarkus services, run from its built jar with production configuration. */
final class ServiceProcess extends ChildProcess {
  private static final Logger LOG = Logger.getLogger(ServiceProcess.class);
  private final String name;
  private final Path suiteHome;
  private final int port;
  private final Map<String, String> env;
  private final Path logDir;
  private final ServiceJvm jvm;
  private volatile boolean recordsCacheOnStop;

  private ServiceProcess(
      String name, Path suiteHome, int port, Map<String, String> env, Path logDir, ServiceJvm jvm) {
    this.name = name;
    this.suiteHome = suiteHome;
    this.port = port;
    this.env = env;
    this.logDir = logDir;
    this.jvm = jvm;
  }

  /**
   * Starts {@code name} (e.g. {@code permit-service}) and waits until it is ready.
   *
   * @param env the service's environment: database, Kafka, OIDC, SMTP
   * @param jvm the Java that runs it, with its start-up cache
   */
  static ServiceProcess start(
      Path suiteHome, String name, int port, Map<String, String> env, Path logDir, ServiceJvm jvm) {
    ServiceProcess service = new ServiceProcess(name, suiteHome, port, env, logDir, jvm);
    service.launch();
    return service;
  }

  @Override
  protected Process spawn() {
    Path app = suiteHome.resolve(name).resolve("target/quarkus-app");
    Path jar = app.resolve("quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build first (./mvnw package -DskipTests)");
    }
    Map<String, String> environment = new HashMap<>(env);
    environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    Path log = logDir.resolve(name + ".log");
    // The serial collector and a small first heap, as the JVM itself chooses in a container of up
    // to two CPUs: G1's own structures (about 40 MB) and a first heap of 1/64 of this machine's
    // memory (375 MB, all of it committed at once with a start-up cache) made each service hold
    // 100 to 200 MB more (native memory tracking; ADR 0016).
    List<String> command =
        new ArrayList<>(List.of(jvm.javaBinary(), "-Xms32m", "-Xmx384m", "-XX:+UseSerialGC"));
    List<String> cache =
        jvm.cacheOptions(name, app, List.copyOf(command.subList(1, command.size())));
    recordsCacheOnStop = jvm.recordsOnStop(cache);
    command.addAll(cache);
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

  /** A service that records its start-up cache writes it as it stops: give it the time. */
  @Override
  public void close() {
    if (recordsCacheOnStop) {
      LOG.infof("%s writes its start-up cache as it stops (once per build, about 15 s)", name);
    }
    stop(recordsCacheOnStop ? Duration.ofSeconds(90) : Duration.ofSeconds(20));
  }

  @Override
  public String name() {
    return name;
  }
}
