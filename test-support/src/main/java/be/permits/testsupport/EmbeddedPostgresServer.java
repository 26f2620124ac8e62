package be.permits.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A real PostgreSQL 17 server from embedded binaries, listening on loopback. */
public final class EmbeddedPostgresServer implements AutoCloseable {
  public static final String USER = "postgres";
  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts a server whose binaries and data live under {@code directory}.
   *
   * @param port the port, or 0 for any free one
   * @param keepData start from the data already there (local run) rather than from scratch
   */
  public static EmbeddedPostgresServer start(File directory, int port, boolean keepData) {
    File data = new File(directory, "data");
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setOverrideWorkingDirectory(new File(directory, "work"))
              .setDataDirectory(data)
              .setCleanDataDirectory(!keepData)
              // initdb fails when LANG names a locale that the machine does not have.
              .setLocaleConfig("locale", "C")
              .setLocaleConfig("encoding", "UTF8")
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("fsync", keepData ? "on" : "off")
              // Zonky starts the server with synchronous_commit off: a crash could then lose
              // commits already acknowledged. Data that is kept is durable once acknowledged.
              .setServerConfig("synchronous_commit", keepData ? "on" : "off");
      if (port > 0) {
        builder.setPort(port);
      }
      return new EmbeddedPostgresServer(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start in " + directory, e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
  }

  /** Creates {@code database} unless it exists. */
  public void createDatabase(String database) {
    if (!database.matches("[a-z_]{1,40}")) {
      throw new IllegalArgumentException("Unsafe database name " + database);
    }
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
      if (!rs.next()) {
        s.execute("CREATE DATABASE " + database);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + database, e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
