package be.permits.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

/**
 * The raw limit of the suite's own PostgreSQL: single-row INSERT then COMMIT, durable (the server's
 * {@code synchronous_commit} as configured), from {@code connections} JDBC connections for a fixed
 * time. What the services reach is read beside this figure.
 */
final class CommitCeiling {
  private CommitCeiling() {}

  /** Commits per second with {@code connections} connections busy for {@code duration}. */
  static double measure(String jdbcUrl, String user, int connections, Duration duration)
      throws SQLException, InterruptedException {
    try (Connection setup = DriverManager.getConnection(jdbcUrl, user, "local-only");
        Statement ddl = setup.createStatement()) {
      ddl.execute(
          "CREATE TABLE IF NOT EXISTS benchmark_commit"
              + " (id bigserial PRIMARY KEY, payload text NOT NULL)");
    }
    LongAdder commits = new LongAdder();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    List<SQLException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    long[] window = new long[2];
    for (int i = 0; i < connections; i++) {
      Thread worker =
          new Thread(
              () -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, user, "local-only");
                    PreparedStatement insert =
                        c.prepareStatement("INSERT INTO benchmark_commit (payload) VALUES (?)")) {
                  c.setAutoCommit(false);
                  start.await();
                  while (System.nanoTime() < window[1]) {
                    insert.setString(1, "one row, one durable commit");
                    insert.executeUpdate();
                    c.commit();
                    commits.increment();
                  }
                } catch (SQLException e) {
                  failures.add(e);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "commit-ceiling-" + i);
      worker.start();
      workers.add(worker);
    }
    window[0] = System.nanoTime();
    window[1] = window[0] + duration.toNanos();
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return commits.sum() / (duration.toNanos() / 1e9);
  }
}
