package be.permits.support.transaction;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.sql.Statement;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Runs {@link ReadOnly} methods in a read-only transaction of their own, or in the caller's. */
@ReadOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadOnlyInterceptor {
  @Inject TransactionManager transactions;
  @Inject Session session;

  @AroundInvoke
  Object inReadOnlyTransaction(InvocationContext call) throws Exception {
    if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
      return call.proceed();
    }
    transactions.begin();
    try {
      session.setDefaultReadOnly(true);
      session.setHibernateFlushMode(FlushMode.MANUAL);
      session.doWork(
          connection -> {
            try (Statement statement = connection.createStatement()) {
              statement.execute("SET TRANSACTION READ ONLY");
            }
          });
      return call.proceed();
    } finally {
      // Nothing was written, so there is nothing to commit.
      transactions.rollback();
    }
  }
}
