package be.permits.localrun;

import be.permits.testsupport.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The suite's PostgreSQL: one server, a database per service, its data kept between starts and
 * every acknowledged commit durable ({@code synchronous_commit=on}). The server runs as its own
 * process (the postmaster), so that it can crash alone and recover from its write-ahead log.
 */
final class PostgresProcess implements Supervised, AutoCloseable {
  private final Path dir;
  private final int port;
  private volatile EmbeddedPostgresServer server;

  private PostgresProcess(Path dir, int port) {
    this.dir = dir;
    this.port = port;
    this.server = EmbeddedPostgresServer.start(dir.toFile(), port, true);
  }

  static PostgresProcess start(Path dir, int port) {
    return new PostgresProcess(dir, port);
  }

  EmbeddedPostgresServer server() {
    return server;
  }

  /** The postmaster's process, as its lock file in the data directory names it. */
  private Optional<ProcessHandle> postmaster() {
    Path pidFile = dir.resolve("data/postmaster.pid");
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
      return ProcessHandle.of(pid);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public boolean isAlive() {
    return postmaster().map(ProcessHandle::isAlive).orElse(false);
  }

  @Override
  public synchronized void restart() {
    // The dead server's lock on the data directory is released first; stopping it fails quietly.
    server.close();
    server = EmbeddedPostgresServer.start(dir.toFile(), port, true);
  }

  @Override
  public void kill() {
    postmaster()
        .ifPresent(
            p -> {
              p.destroyForcibly();
              try {
                p.onExit().get(30, TimeUnit.SECONDS);
              } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL did not die", e);
              }
            });
  }

  @Override
  public synchronized void close() {
    server.close();
  }
}
