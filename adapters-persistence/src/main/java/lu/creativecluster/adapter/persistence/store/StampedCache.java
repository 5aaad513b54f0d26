package lu.creativecluster.adapter.persistence.store;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;

/**
 * Persistence adapter support: the public read model of an aggregate kept in memory together with
 * the stamp of the rows it was read from, used only while the database still answers the same
 * stamp.
 *
 * <p>The stamp is one cheap aggregate statement over the aggregate's root table ({@code count} and
 * {@code sum(version)}): every save raises a row's version by one and every add inserts a row, and
 * rows are never deleted (partners are archived, missions closed or cancelled), so each committed
 * write changes the stamp and a reader on any server sees the change with its next request. A write
 * that must bypass the version (none today) would have to raise it as well, or this cache would
 * serve stale rows.
 *
 * <p>Only reads in a transaction that has not touched the aggregate yet use and fill the cache
 * ({@link #untouched}): a transaction that wrote sees its own uncommitted stamp, and caching what
 * it read would pin rows that a rollback takes back under a stamp a later commit may reach again.
 * Values are shared by all threads, so callers store immutable values or hand out copies.
 *
 * <p>Freshness, with a recheck interval ({@link #StampedCache(int, long, LongSupplier)}): the stamp
 * statement then runs at most once per interval ({@link Recheck}), a write through this adapter
 * instance ({@link #written}) making the next read ask the database again.
 */
public final class StampedCache<K, V> {

  /**
   * The recheck interval of the partner and mission caches: a change committed on another server
   * shows there within a second (README, "Freshness of cached reads").
   */
  public static final long RECHECK_MILLIS = 1_000;

  private final int capacity;
  private final Map<K, Entry<V>> entries;
  private final Recheck<List<?>> stamps;

  public StampedCache(int capacity) {
    this(capacity, 0, System::nanoTime);
  }

  /**
   * A cache whose stamp is asked at most once per {@code recheckMillis}, on the given clock of
   * nanoseconds (tests pass their own).
   */
  public StampedCache(int capacity, long recheckMillis, LongSupplier nanoTime) {
    this.capacity = capacity;
    this.stamps = new Recheck<>(recheckMillis, nanoTime);
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
            return size() > StampedCache.this.capacity;
          }
        };
  }

  /** The value read at this stamp, or null. */
  public synchronized V get(K key, List<?> stamp) {
    Entry<V> entry = entries.get(key);
    return entry != null && entry.stamp().equals(stamp) ? entry.value() : null;
  }

  public synchronized void put(K key, List<?> stamp, V value) {
    if (capacity > 0) {
      entries.put(key, new Entry<>(List.copyOf(stamp), value));
    }
  }

  /**
   * The stamp to read this cache at: the last one the database answered while it is younger than
   * the recheck interval and no write went through here since, else a fresh one. Only for a
   * transaction that has not touched the aggregate ({@link #untouched}).
   */
  public List<?> currentStamp(EntityManager em, String entityName) {
    return currentStamp(em, e -> stamp(e, entityName));
  }

  /**
   * The same, with a stamp statement of the caller's, for a table whose rows may be deleted (where
   * count and sum of versions can come back to an earlier value).
   */
  public List<?> currentStamp(EntityManager em, Function<EntityManager, List<?>> stampOf) {
    return stamps.current(() -> stampOf.apply(em));
  }

  /**
   * Tells the cache that this transaction writes the aggregate: the next read asks the database for
   * the stamp, now and again once the transaction has ended (committed or rolled back), so a read
   * between the write and its commit cannot pin the stamp from before it.
   */
  public void written(EntityManager em) {
    stamps.written(em);
  }

  /**
   * The stamp of an aggregate's root table: its row count and the sum of its versions (see the
   * class comment), as one list that compares by value.
   */
  public static List<?> stamp(EntityManager em, String entityName) {
    Object[] row =
        em.createQuery(
                "select count(e), coalesce(sum(e.version), 0L) from " + entityName + " e",
                Object[].class)
            .getSingleResult();
    return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }

  /** Whether this transaction's persistence context holds no entity of the given class yet. */
  public static boolean untouched(EntityManager em, Class<?> entityClass) {
    String name = entityClass.getName();
    return em.unwrap(Session.class).getStatistics().getEntityKeys().stream()
        .noneMatch(k -> ((EntityKey) k).getEntityName().equals(name));
  }

  private record Entry<V>(List<?> stamp, V value) {}
}
