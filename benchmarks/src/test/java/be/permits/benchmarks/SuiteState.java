package be.permits.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * What the suite has still to do with the submissions it accepted, read straight from the three
 * services' databases as an operator would: events not yet relayed, submitted applications without
 * a review case, events without their ledger entry, emails not yet accepted by SMTP. And how long
 * each submission took to become a case and its first email.
 */
final class SuiteState {
  private final String jdbcBase;
  private final String kafka;

  /**
   * {@code jdbcBase} is the PostgreSQL URL without a database, e.g. {@code ...:15432/}; {@code
   * kafka} the broker's address.
   */
  SuiteState(String jdbcBase, String kafka) {
    this.jdbcBase = jdbcBase;
    this.kafka = kafka;
  }

  /**
   * The work accepted and not yet done, by kind: events not relayed, records the consumer groups
   * have yet to read, submissions without their case, relayed events without their ledger entry,
   * emails not yet accepted by SMTP.
   */
  record Backlog(
      long unrelayed, long unread, long withoutCase, long withoutLedgerEntry, long emailsPending) {
    boolean empty() {
      return total() == 0;
    }

    long total() {
      return unrelayed + unread + withoutCase + withoutLedgerEntry + emailsPending;
    }
  }

  Backlog backlog() throws SQLException {
    // Read what is done before what there is to do: work that lands in between then shows as
    // backlog, never hides some.
    long entries = count("review", "SELECT count(*) FROM ledger_entry WHERE event_id IS NOT NULL");
    long cases = count("review", "SELECT count(*) FROM review_case");
    long unread = KafkaLag.of(kafka);
    long unrelayed = 0;
    long relayed = 0;
    for (String database : new String[] {"permit", "review", "notification"}) {
      unrelayed += count(database, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
      // The ledger's own checkpoints (aggregate "ledger") are not application events: the ledger
      // does not record them.
      relayed +=
          count(
              database,
              "SELECT count(*) FROM outbox_event WHERE sent_at IS NOT NULL"
                  + " AND aggregatetype IN ('permit', 'review', 'notification')");
    }
    long submitted =
        count("permit", "SELECT count(*) FROM application WHERE submitted_at IS NOT NULL");
    long emails =
        count(
            "notification",
            "SELECT count(*) FROM notification WHERE channel = 'EMAIL' AND status = 'PENDING'");
    // Every relayed event enters the ledger once; the relay deletes sent events only after a week,
    // so within a run the two counts must meet.
    return new Backlog(
        unrelayed, unread, Math.max(0, submitted - cases), Math.max(0, relayed - entries), emails);
  }

  /**
   * Transactions committed so far in the whole PostgreSQL, every service's database together, the
   * benchmark's own reads among them. A backend may hold its counts for up to ten seconds before
   * they show, which is little over five minutes.
   */
  long commits() throws SQLException {
    return count("permit", "SELECT sum(xact_commit)::bigint FROM pg_stat_database");
  }

  /** Waits until nothing is left to do, at most {@code patience}; the backlog as it then stands. */
  Backlog awaitEmpty(Duration patience) throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    Backlog now = backlog();
    while (!now.empty() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(500);
      now = backlog();
    }
    return now;
  }

  /** For the applications submitted in [from, to): submit → case opened, submit → first email. */
  record Delays(long submitted, long opened, long emailed, Histogram toCase, Histogram toEmail) {}

  Delays delays(Instant from, Instant to) throws SQLException {
    Map<UUID, Instant> submittedAt = new HashMap<>();
    try (Connection c = connect("permit");
        PreparedStatement q =
            c.prepareStatement(
                "SELECT id, submitted_at FROM application"
                    + " WHERE submitted_at >= ? AND submitted_at < ?")) {
      q.setTimestamp(1, Timestamp.from(from));
      q.setTimestamp(2, Timestamp.from(to));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          submittedAt.put(r.getObject(1, UUID.class), r.getTimestamp(2).toInstant());
        }
      }
    }
    Histogram toCase = new Histogram(TimeUnit.HOURS.toMillis(1), 3);
    Histogram toEmail = new Histogram(TimeUnit.HOURS.toMillis(1), 3);
    long opened =
        record(
            "review",
            "SELECT application_id, opened_at FROM review_case WHERE opened_at >= ?",
            from,
            submittedAt,
            toCase);
    long emailed =
        record(
            "notification",
            "SELECT application_id, min(sent_at) FROM notification WHERE channel = 'EMAIL'"
                + " AND status = 'SENT' AND sent_at >= ? GROUP BY application_id",
            from,
            submittedAt,
            toEmail);
    return new Delays(submittedAt.size(), opened, emailed, toCase, toEmail);
  }

  /** Records, for each row (application, instant) of ours, the milliseconds since its submit. */
  private long record(
      String database,
      String query,
      Instant from,
      Map<UUID, Instant> submittedAt,
      Histogram histogram)
      throws SQLException {
    long matched = 0;
    try (Connection c = connect(database);
        PreparedStatement q = c.prepareStatement(query)) {
      q.setTimestamp(1, Timestamp.from(from));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          Instant submitted = submittedAt.get(r.getObject(1, UUID.class));
          if (submitted != null) {
            long millis = Duration.between(submitted, r.getTimestamp(2).toInstant()).toMillis();
            histogram.recordValue(
                Math.max(0, Math.min(millis, histogram.getHighestTrackableValue())));
            matched++;
          }
        }
      }
    }
    return matched;
  }

  private long count(String database, String query) throws SQLException {
    try (Connection c = connect(database);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcBase + database, "postgres", "local-only");
  }
}
