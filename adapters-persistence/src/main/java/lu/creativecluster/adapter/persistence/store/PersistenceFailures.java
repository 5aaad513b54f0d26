package lu.creativecluster.adapter.persistence.store;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.hibernate.StaleStateException;

/**
 * Persistence adapter: reads what a failed write means from the exception the database and
 * Hibernate raised, so adapters can turn it into the exception their port promises.
 */
public final class PersistenceFailures {

  // SQL standard class 23 "integrity constraint violation", subclass 505 "unique violation";
  // H2 and PostgreSQL both report it.
  private static final String UNIQUE_VIOLATION = "23505";

  private PersistenceFailures() {}

  /** Whether a unique (or primary key) constraint refused the write. */
  public static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the row changed (or vanished) since it was read: the version check refused it. */
  public static boolean isStale(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return true;
      }
    }
    return false;
  }
}
