package be.permits.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A burst far beyond capacity, and what it must leave behind: refusals the caller can act on (503
 * or 429, with Retry-After), no server error, and no application half written. A draft whose submit
 * was refused is whole (a draft); a submitted application must have its reference, its first
 * revision and its {@code permit.submitted} event, all written in one transaction.
 */
final class Overload {
  private static final Pattern STATUS = Pattern.compile("\\b(5\\d\\d)\\b");

  /** How an outcome says that a 503 or 429 came without {@code Retry-After}. */
  static final String WITHOUT_RETRY_AFTER = "without Retry-After";

  private Overload() {}

  /** The burst's answers and the state it left. */
  record Burst(OpenModelLoad.Step step, long serverErrors, long halfWritten, long applications) {
    boolean holds() {
      return serverErrors == 0 && halfWritten == 0;
    }
  }

  /**
   * Wrong answers among the outcomes: any 5xx but 503, which is the answer to overload, and any 503
   * or 429 that does not say when to come back.
   */
  static long serverErrors(Map<String, Long> failures) {
    long errors = 0;
    for (Map.Entry<String, Long> failure : failures.entrySet()) {
      Matcher status = STATUS.matcher(failure.getKey());
      boolean wrongStatus = status.find() && !"503".equals(status.group(1));
      if (wrongStatus || failure.getKey().endsWith(WITHOUT_RETRY_AFTER)) {
        errors += failure.getValue();
      }
    }
    return errors;
  }

  static Burst check(OpenModelLoad.Step step, String permitJdbc) throws SQLException {
    try (Connection c = DriverManager.getConnection(permitJdbc, "postgres", "local-only");
        Statement s = c.createStatement()) {
      long halfWritten =
          count(
              s,
              "SELECT count(*) FROM application a WHERE a.status <> 'DRAFT' AND ("
                  + " a.reference IS NULL"
                  + " OR NOT EXISTS (SELECT 1 FROM application_revision r"
                  + "   WHERE r.application_id = a.id AND r.number = 1)"
                  + " OR NOT EXISTS (SELECT 1 FROM outbox_event o"
                  + "   WHERE o.aggregateid = a.id::text AND o.type = 'permit.submitted.v1'))");
      long applications = count(s, "SELECT count(*) FROM application");
      return new Burst(step, serverErrors(step.failures()), halfWritten, applications);
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
