package lu.creativecluster.adapter.persistence.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import java.util.function.LongSupplier;
import lu.creativecluster.adapter.persistence.store.Recheck;
import lu.creativecluster.adapter.persistence.store.StampedCache;
import org.hibernate.Session;

/**
 * Persistence adapter: the member directory's generation ({@code member_directory_state}), which
 * every write of a member counts up and every cache of member reads is kept under. Read from the
 * database at most once per {@link StampedCache#RECHECK_MILLIS}, like the partner and mission
 * stamps: a member written on this server is seen by its next read, one written on another server
 * within that interval (README, "Freshness of cached reads").
 */
@ApplicationScoped
public class DirectoryGeneration {

  private final Recheck<Long> recheck;

  public DirectoryGeneration() {
    this(StampedCache.RECHECK_MILLIS, System::nanoTime);
  }

  /** With an interval of 0 every read asks the database (tests that write behind its back). */
  DirectoryGeneration(long recheckMillis, LongSupplier nanoTime) {
    this.recheck = new Recheck<>(recheckMillis, nanoTime);
  }

  /** The current generation, for a transaction that has not written a member. */
  long current(EntityManager em) {
    return recheck.current(
        () -> em.unwrap(Session.class).doReturningWork(JpaMemberSearch::currentGeneration));
  }

  /**
   * Counts the generation up in this transaction, stamps these members with it, and reads it afresh
   * once the transaction has ended.
   */
  void changed(EntityManager em, Connection connection, Collection<UUID> members)
      throws SQLException {
    SearchIndex.directoryChanged(connection, members);
    recheck.written(em);
  }
}
