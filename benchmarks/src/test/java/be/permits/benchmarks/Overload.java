package be.permits.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    @Override
    public String toString() {
      return String.format(
          "%d arrivals/s offered, %.1f/s through, answers %s, %d wrong answers, %d of %d"
              + " applications half written",
          Math.round(step.offered()),
          step.achieved(),
          step.failures(),
          serverErrors,
          halfWritten,
          applications);
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

  /**
   * The causes the services logged with their unexpected errors (each "Caused by" line once), so a
   * burst that broke says why without the logs at hand, as in CI.
   */
  static String unexpectedErrors(Path logs) throws IOException {
    Set<String> causes = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(logs)) {
      for (Path log : files.filter(f -> f.toString().endsWith("-service.log")).toList()) {
        boolean inError = false;
        for (String line : Files.readAllLines(log)) {
          if (line.contains("Unexpected error")) {
            inError = true;
            causes.add(
                log.getFileName() + ": " + line.replaceFirst(".*Unexpected error \\S+ ", ""));
          } else if (inError && line.startsWith("Caused by:")) {
            causes.add("  " + line);
          } else if (!line.startsWith("\t") && !line.startsWith("Caused by:")) {
            inError = false;
          }
        }
      }
    }
    return causes.isEmpty() ? "no unexpected error logged" : String.join("\n", causes);
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
