package be.permits.support.incoming;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * A failure that says the database is not there for the moment (restarting, failing over, or every
 * connection busy), not that the work is wrong: what is refused now will work later.
 */
public final class Unavailable {
  private Unavailable() {}

  public static boolean isCause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JDBCConnectionException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLRecoverableException) {
        return true;
      }
      String message = cause.getMessage();
      // Agroal's own words when the pool has no connection to give within its timeout, and
      // PostgreSQL's (SQLState 57P01, 57P03) when it shuts down or is not yet accepting.
      if (message != null
          && (message.contains("Sorry, acquisition timeout")
              || message.contains("terminating connection due to administrator command")
              || message.contains("the database system is starting up")
              || message.contains("the database system is in recovery mode")
              || message.contains("Connection to 127.0.0.1")
              || message.contains("An I/O error occurred while sending to the backend"))) {
        return true;
      }
    }
    return false;
  }
}
