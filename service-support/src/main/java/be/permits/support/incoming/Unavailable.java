package be.permits.support.incoming;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * A failure that says the database is not there for the moment (restarting, failing over, or every
 * connection busy), not that the work is wrong: what is refused now will work later.
 *
 * <p>PostgreSQL says so with its SQLState: class 08 (the connection failed or was lost), 57P01
 * (shut down by an administrator, or the postmaster died under the backend: "terminating connection
 * due to unexpected postmaster exit"), 57P02 (another backend crashed), 57P03 (starting up, in
 * recovery, not yet accepting connections) and 53300 (too many connections). The state is read on
 * every exception in the chain, its suppressed ones and a batch's next exceptions, because the
 * transaction manager and JDBC batching wrap the driver's exception in different ways.
 */
public final class Unavailable {
  private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

  private static final java.util.List<String> WORDS =
      java.util.List.of(
          "Sorry, acquisition timeout",
          "Acquisition timeout while waiting for new connection",
          "terminating connection due to",
          "terminating connection because of crash",
          "the database system is",
          "This connection has been closed",
          "An I/O error occurred while sending to the backend",
          "Connection to 127.0.0.1");

  private Unavailable() {}

  public static boolean isCause(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> toRead = new ArrayDeque<>();
    toRead.add(failure);
    while (!toRead.isEmpty()) {
      Throwable cause = toRead.poll();
      if (!seen.add(cause)) {
        continue;
      }
      if (saysSo(cause)) {
        return true;
      }
      if (cause.getCause() != null) {
        toRead.add(cause.getCause());
      }
      Collections.addAll(toRead, cause.getSuppressed());
      if (cause instanceof SQLException sql && sql.getNextException() != null) {
        toRead.add(sql.getNextException());
      }
    }
    return false;
  }

  private static boolean saysSo(Throwable cause) {
    if (cause instanceof JDBCConnectionException
        || cause instanceof SQLTransientConnectionException
        || cause instanceof SQLRecoverableException) {
      return true;
    }
    if (cause instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      if (state.startsWith("08") || STATES.contains(state)) {
        return true;
      }
    }
    String message = cause.getMessage();
    if (message == null) {
      return false;
    }
    // Agroal's own words when the pool has no connection to give within its timeout (every one in
    // use, or a new one still being opened); the driver's
    // and the server's words for the states above, for a wrapper that kept the message alone.
    return WORDS.stream().anyMatch(message::contains);
  }
}
