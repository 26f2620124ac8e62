package be.permits.localrun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its Maven Central distribution, with the suite's realm imported, served under
 * {@code /auth} and reached by browsers through the entry point.
 */
final class KeycloakServer implements AutoCloseable {
  static final String REALM = "permits";

  /** Local-only bootstrap administrator of the Keycloak console. */
  static final String LOCAL_ADMIN = "admin";

  private final Process process;
  private final int port;

  private KeycloakServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts Keycloak in {@code home} (unpacked from {@code distZip} the first time), importing
   * {@code realmFile} unless the realm exists already.
   */
  static KeycloakServer start(
      Path distZip, Path home, Path realmFile, String entryUrl, SuitePorts ports, Path log) {
    try {
      if (!Files.exists(home.resolve("bin/kc.sh"))) {
        unzip(distZip, home);
      }
      Path imports = Files.createDirectories(home.resolve("data/import"));
      String realm = Files.readString(realmFile, StandardCharsets.UTF_8);
      // The realm names the default entry URL; the run may use another port.
      Files.writeString(
          imports.resolve("realm-permits.json"),
          realm.replace("http://localhost:8080", entryUrl),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare Keycloak in " + home, e);
    }
    List<String> command =
        List.of(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--import-realm",
            "--http-host=127.0.0.1",
            "--http-port=" + ports.keycloak(),
            "--http-relative-path=/auth",
            "--http-management-port=" + ports.keycloakManagement(),
            "--hostname=" + entryUrl + "/auth",
            "--hostname-backchannel-dynamic=true",
            "--health-enabled=true");
    Process process =
        Processes.start(
            command,
            home,
            Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", LOCAL_ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", LOCAL_ADMIN,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m"),
            log);
    KeycloakServer server = new KeycloakServer(process, ports.keycloak());
    String health = "http://127.0.0.1:" + ports.keycloakManagement() + "/auth/health/ready";
    Processes.awaitReady(
        "Keycloak", process, () -> Processes.answers200(health), Duration.ofMinutes(4), log);
    return server;
  }

  /** The issuer-independent address that services and scripts use to reach Keycloak directly. */
  /** Keycloak's own address on loopback, for the services' back-channel calls. */
  String baseUrl() {
    return "http://127.0.0.1:" + port + "/auth";
  }

  String realmUrl() {
    return "http://127.0.0.1:" + port + "/auth/realms/" + REALM;
  }

  @Override
  public void close() {
    Processes.stop(process, Duration.ofSeconds(30));
  }

  private static void unzip(Path zip, Path home) throws IOException {
    Path staging = Files.createDirectories(home.resolveSibling(home.getFileName() + ".unpacking"));
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
        // The zip holds one top folder (keycloak-<version>/); strip it.
        String name = entry.getName();
        String relative = name.substring(name.indexOf('/') + 1);
        if (relative.isEmpty()) {
          continue;
        }
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging)) {
          throw new IOException("Zip entry outside its folder: " + name);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
          if (relative.startsWith("bin/") && relative.endsWith(".sh")) {
            target.toFile().setExecutable(true);
          }
        }
      }
    }
    Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
  }
}
