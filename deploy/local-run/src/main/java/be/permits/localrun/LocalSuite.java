package be.permits.localrun;

import be.permits.testsupport.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The whole suite on this machine, started in order and gated on health: PostgreSQL (a database per
 * service), Kafka, an SMTP server, Keycloak with the realm, the three services, and the entry point
 * on one port. {@code main} is the README's run command; the system tests start the same.
 */
public final class LocalSuite implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(LocalSuite.class);

  /** Local-only demo values, the same as in deploy/keycloak/realm-permits.json. */
  private static final String WEB_CLIENT_SECRET = "local-demo-web-secret";

  /**
   * Local-only key that encrypts the browser session cookie, the same for every service so that one
   * session serves them all.
   */
  private static final String SESSION_SECRET = "local-demo-session-secret-0123456789abcdef";

  /** Local-only demo secret of notification-service's service account (see the realm file). */
  private static final String DIRECTORY_CLIENT_SECRET = "local-demo-notification-secret";

  static final String[] SERVICES = {
    "permit-service", "review-service", "notification-service", "witness-service"
  };

  /**
   * How to run.
   *
   * @param suiteHome the repository root, where the services' built jars are
   * @param dataDir where data, logs and the unpacked Keycloak live between runs
   * @param reset start from empty data
   * @param seed create the demo data if it is missing
   * @param serviceEnvironment more environment for every service (e.g. an OTLP endpoint, JSON logs)
   * @param startupCacheDir where the services' start-up caches live between runs (kept by {@code
   *     reset}); null for a throwaway run, which starts the services without one
   */
  public record Options(
      Path suiteHome,
      Path dataDir,
      SuitePorts ports,
      boolean reset,
      boolean seed,
      Map<String, String> serviceEnvironment,
      Path startupCacheDir) {}

  private final Options options;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final List<ServiceProcess> services = new ArrayList<>();
  private KeycloakServer keycloak;
  private MailCatcher mail;
  private Supervisor supervisor;
  private ServiceJvm jvm;
  private LocalKeys keys;

  private LocalSuite(Options options) {
    this.options = options;
  }

  /** Starts everything; on a failure, stops what had started and rethrows. */
  public static LocalSuite start(Options options) {
    LocalSuite suite = new LocalSuite(options);
    try {
      suite.startAll();
      return suite;
    } catch (RuntimeException e) {
      suite.close();
      throw e;
    }
  }

  private void startAll() {
    SuitePorts ports = options.ports();
    Path data = options.dataDir();
    if (options.reset()) {
      LOG.info("Resetting the data and logs of earlier runs");
      deleteRecursively(data.resolve("logs"));
      deleteRecursively(data.resolve("postgres"));
      deleteRecursively(data.resolve("kafka"));
      deleteRecursively(data.resolve("keycloak/data"));
    }
    Path logs = createDirectories(data.resolve("logs"));

    LOG.infof("PostgreSQL on port %d", ports.postgres());
    PostgresProcess postgres = PostgresProcess.start(data.resolve("postgres"), ports.postgres());
    started.push(postgres);
    for (String service : SERVICES) {
      postgres.server().createDatabase(database(service));
    }

    LOG.infof("Kafka on port %d", ports.kafka());
    KafkaProcess kafka =
        KafkaProcess.start(data.resolve("kafka"), ports.kafka(), logs.resolve("kafka.log"));
    started.push(kafka);

    LOG.infof("SMTP on port %d", ports.smtp());
    mail = new MailCatcher(ports.smtp());
    started.push(mail);

    LOG.infof("Entry point on %s", entryUrl());
    started.push(new EntryPoint(ports, () -> mail.receivedAsJson()));

    LOG.info("Keycloak (the first start builds it: about a minute)");
    keycloak =
        KeycloakServer.start(
            keycloakZip(),
            data.resolve("keycloak"),
            options.suiteHome().resolve("deploy/keycloak/realm-permits.json"),
            entryUrl(),
            ports,
            logs.resolve("keycloak.log"));
    started.push(keycloak);

    int[] servicePorts = {
      ports.permitService(),
      ports.reviewService(),
      ports.notificationService(),
      ports.witnessService()
    };
    keys = LocalKeys.in(data.resolve("keys"));
    jvm = ServiceJvm.choose(options.startupCacheDir());
    LOG.info(jvm.describe());
    List<Supervised> supervised = new ArrayList<>(List.of(postgres, kafka));
    for (int i = 0; i < SERVICES.length; i++) {
      LOG.infof("%s on port %d", SERVICES[i], servicePorts[i]);
      ServiceProcess service =
          ServiceProcess.start(
              options.suiteHome(),
              SERVICES[i],
              servicePorts[i],
              environment(SERVICES[i]),
              logs,
              jvm);
      started.push(service);
      supervised.add(service);
      services.add(service);
    }
    // Stopped first on close, so that nothing is started again while the suite stops.
    supervisor = new Supervisor();
    supervised.forEach(supervisor::watch);
    started.push(supervisor);
    if (options.seed()) {
      DemoData.seed(keycloak.realmUrl(), entryUrl());
    }
  }

  private Map<String, String> environment(String service) {
    Map<String, String> environment = new HashMap<>(options.serviceEnvironment());
    environment.putAll(suiteEnvironment(service));
    if (service.equals("review-service")) {
      environment.putAll(keys.ledgerEnvironment());
    } else if (service.equals("witness-service")) {
      environment.putAll(keys.witnessEnvironment());
    }
    return environment;
  }

  private Map<String, String> suiteEnvironment(String service) {
    SuitePorts ports = options.ports();
    return Map.ofEntries(
        Map.entry(
            "DB_URL", "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database(service)),
        Map.entry("DB_USER", EmbeddedPostgresServer.USER),
        // The embedded server trusts loopback connections; the password is not checked.
        Map.entry("DB_PASSWORD", "local-only"),
        Map.entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.kafka()),
        Map.entry("OIDC_AUTH_SERVER_URL", keycloak.realmUrl()),
        Map.entry("OIDC_AUDIENCE", "permit-suite-api"),
        Map.entry("OIDC_WEB_CLIENT_SECRET", WEB_CLIENT_SECRET),
        Map.entry("OIDC_SESSION_SECRET", SESSION_SECRET),
        // notification-service reads the agencies' members with its own service account.
        Map.entry("DIRECTORY_URL", keycloak.baseUrl()),
        Map.entry("DIRECTORY_CLIENT_SECRET", DIRECTORY_CLIENT_SECRET),
        Map.entry("PUBLIC_URL", entryUrl()),
        Map.entry("SMTP_HOST", "127.0.0.1"),
        Map.entry("SMTP_PORT", String.valueOf(ports.smtp())),
        Map.entry("SMTP_START_TLS", "DISABLED"),
        // On one machine every person (and every test browser) comes from 127.0.0.1, which the
        // pages' per-address limit would count as one client; the API keeps its per-person limit.
        Map.entry("RATE_LIMIT_PAGES_PER_MINUTE", "100000"));
  }

  static String database(String service) {
    return service.substring(0, service.indexOf('-'));
  }

  /** A service as it runs: its process, and how long its last start took until it was ready. */
  public record RunningService(String name, long pid, Duration startup) {}

  /** The three services, for the benchmark's start-up and memory figures. */
  public List<RunningService> services() {
    return services.stream()
        .map(s -> new RunningService(s.name(), s.pid(), s.lastStart()))
        .toList();
  }

  /**
   * Stops a service as an operator would (one that recorded its start-up cache writes it then) and
   * starts it again; answers how long it took from spawning to its first ready answer.
   */
  public Duration restartService(String name) {
    return services.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No service named " + name))
        .stopAndStart();
  }

  /** Which Java runs the services, and whether with a start-up cache. */
  public String serviceJava() {
    return jvm.describe();
  }

  /** The one address people use: pages, APIs and logins. */
  public String entryUrl() {
    return "http://localhost:" + options.ports().entry();
  }

  /** Keycloak's realm, reached directly (for scripts and tests that need tokens). */
  public String realmUrl() {
    return keycloak.realmUrl();
  }

  /**
   * Kills a part of the suite ({@code postgres}, {@code kafka} or a service's name) with SIGKILL,
   * as a crash would; the supervisor starts it again. For the fault test.
   */
  public void kill(String part) {
    supervisor.part(part).kill();
  }

  /** Whether the part runs (again); false while it is dead or starting. */
  public boolean isUp(String part) {
    return supervisor.part(part).isAlive();
  }

  /** How often the supervisor started the part again. */
  public int restarts(String part) {
    return supervisor.restarts(part);
  }

  /** The Message-ID of every message received so far, repeats included. */
  public List<String> receivedMessageIds() {
    return mail.messageIds();
  }

  /** The mail received so far, as the entry point shows it at /mail. */
  public String receivedMail() {
    return mail.receivedAsJson();
  }

  /** Stops everything in the reverse order of the start. */
  @Override
  public void close() {
    while (!started.isEmpty()) {
      AutoCloseable part = started.pop();
      try {
        part.close();
      } catch (Exception e) {
        LOG.warnf("Stopping %s failed: %s", part.getClass().getSimpleName(), e);
      }
    }
  }

  private Path keycloakZip() {
    Path dist = options.suiteHome().resolve("deploy/local-run/target/dist");
    try (DirectoryStream<Path> zips = Files.newDirectoryStream(dist, "keycloak-*.zip")) {
      for (Path zip : zips) {
        return zip;
      }
    } catch (IOException e) {
      throw new IllegalStateException("No Keycloak distribution in " + dist + ": build first", e);
    }
    throw new IllegalStateException("No Keycloak distribution in " + dist + ": build first");
  }

  private static Path createDirectories(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  /** {@code [--reset] [--port N]}: runs until Ctrl-C or SIGTERM, then stops everything. */
  public static void main(String[] args) throws InterruptedException {
    boolean reset = false;
    int port = 8080;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--reset" -> reset = true;
        case "--port" -> port = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("Usage: run-local [--reset] [--port N]");
          System.exit(2);
        }
      }
    }
    Path home = Path.of(System.getProperty("suite.home", ".")).toAbsolutePath().normalize();
    Options options =
        new Options(
            home,
            home.resolve(".local"),
            SuitePorts.defaults(port),
            reset,
            true,
            Map.of(),
            home.resolve(".local/startup-cache"));
    LocalSuite suite = start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("Stopping the suite");
                  suite.close();
                  stopped.countDown();
                }));
    LOG.infof(
        "%n%nThe suite is up at %s%n"
            + "Demo logins (local only, password 'demo' for all):%n"
            + "  applicants: alice (Skyway Logistics), bob (Meuse Freight)%n"
            + "  reviewers:  urbain (urban planning), elise (environment), carl (customs),%n"
            + "              sophie, simon (state security), dana (data protection),%n"
            + "              farid, fiona (FDI screening), diane (deciding authority)%n"
            + "  auditor:    audrey      admin: adam%n"
            + "Received mail: %s/mail   Keycloak console: %s/auth/admin (admin/admin)%n"
            + "Ctrl-C stops everything.%n",
        suite.entryUrl(), suite.entryUrl(), suite.entryUrl());
    stopped.await();
  }
}
