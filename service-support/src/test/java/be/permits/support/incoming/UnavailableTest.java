package be.permits.support.incoming;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.testsupport.EmbeddedPostgresServer;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failures a real PostgreSQL and its driver give when the database goes away are told apart
 * from failures of the work itself: the first make a request answer 503 with Retry-After and a
 * consumer try again, the second are the request's or the event's own fault.
 */
class UnavailableTest {
  @TempDir Path dir;
  EmbeddedPostgresServer server;

  @BeforeEach
  void start() {
    server = EmbeddedPostgresServer.start(dir.toFile(), 0, false);
  }

  @AfterEach
  void stop() {
    try {
      server.close();
    } catch (RuntimeException alreadyDead) {
      // The postmaster was killed on purpose; nothing is left to stop.
    }
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(server.jdbcUrl("postgres"), EmbeddedPostgresServer.USER, "");
  }

  @Test
  void aConnectionEndedByTheServerIsUnavailable() throws Exception {
    try (Connection victim = connect();
        Connection admin = connect();
        Statement s = admin.createStatement()) {
      long pid = pidOf(victim);
      s.execute("SELECT pg_terminate_backend(" + pid + ")");
      SQLException failure = assertThrows(SQLException.class, () -> select(victim));
      assertTrue(Unavailable.isCause(failure), failure.getSQLState() + " " + failure);
    }
  }

  @Test
  void thePostmasterDyingUnderAnOpenConnectionIsUnavailable() throws Exception {
    try (Connection open = connect()) {
      select(open);
      long postmaster =
          Long.parseLong(Files.readAllLines(dir.resolve("data/postmaster.pid")).get(0).trim());
      ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
      ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().join());
      // The backend notices its postmaster's death and ends the connection with 57P01.
      TimeUnit.MILLISECONDS.sleep(500);
      SQLException onOpen = assertThrows(SQLException.class, () -> select(open));
      assertTrue(Unavailable.isCause(onOpen), onOpen.getSQLState() + " " + onOpen);
      SQLException onNew = assertThrows(SQLException.class, this::connect);
      assertTrue(Unavailable.isCause(onNew), onNew.getSQLState() + " " + onNew);
    }
  }

  @Test
  void aFailureWrappedAsATransactionManagerDoesIsStillUnavailable() {
    SQLException lost = new SQLException("FATAL: the server went away", "57P02");
    RuntimeException commit = new RuntimeException("ARJUNA016053: Could not commit transaction.");
    commit.addSuppressed(lost);
    assertTrue(Unavailable.isCause(new IllegalStateException("commit", commit)));
    SQLException batch = new SQLException("Batch entry 0 was aborted", "08006");
    SQLException first = new SQLException("insert failed");
    first.setNextException(batch);
    assertTrue(Unavailable.isCause(first));
  }

  /** Every connection of the pool in use: Agroal gives none within its acquisition timeout. */
  @Test
  void aPoolWithNoConnectionToGiveIsUnavailable() throws Exception {
    try (AgroalDataSource pool = pool(server.jdbcUrl("postgres"));
        Connection only = pool.getConnection()) {
      select(only);
      SQLException busy = assertThrows(SQLException.class, pool::getConnection);
      assertTrue(Unavailable.isCause(busy), busy.toString());
    }
  }

  /**
   * A pool still growing, whose new connection the database is slow to open: Agroal's other words
   * for the same timeout (seen in the benchmark's burst on a loaded machine, answered 500 then).
   */
  @Test
  void aPoolWaitingForANewConnectionIsUnavailable() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        AgroalDataSource pool =
            pool("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/postgres")) {
      SQLException slow = assertThrows(SQLException.class, pool::getConnection);
      assertTrue(Unavailable.isCause(slow), slow.toString());
    }
  }

  static AgroalDataSource pool(String jdbcUrl) throws SQLException {
    return AgroalDataSource.from(
        new AgroalDataSourceConfigurationSupplier()
            .connectionPoolConfiguration(
                poolConfig ->
                    poolConfig
                        .maxSize(1)
                        .acquisitionTimeout(Duration.ofMillis(300))
                        .connectionFactoryConfiguration(
                            factory ->
                                factory
                                    .jdbcUrl(jdbcUrl)
                                    .principal(new NamePrincipal(EmbeddedPostgresServer.USER)))));
  }

  @Test
  void aMistakeInTheWorkIsNotUnavailable() throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE once (id int PRIMARY KEY)");
      s.execute("INSERT INTO once VALUES (1)");
      SQLException duplicate =
          assertThrows(SQLException.class, () -> s.execute("INSERT INTO once VALUES (1)"));
      assertFalse(Unavailable.isCause(duplicate), duplicate.getSQLState());
      SQLException grammar = assertThrows(SQLException.class, () -> s.execute("SELEC 1"));
      assertFalse(Unavailable.isCause(grammar), grammar.getSQLState());
    }
  }

  static long pidOf(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void select(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeQuery("SELECT 1").close();
    }
  }
}
