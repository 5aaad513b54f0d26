package lu.creativecluster.adapter.persistence.store;

import jakarta.persistence.EntityManager;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Persistence adapter support: a value that tells whether data changed (a stamp, a generation),
 * read from the database at most once per interval, the answer standing in between.
 *
 * <p>A write through this instance ({@link #written}) makes the next read ask the database again,
 * both when the write is made and when its transaction ends (committed or rolled back), so this
 * server's own writes are seen by its next read; a write committed by another server is seen within
 * the interval. With an interval of zero every read asks the database.
 */
public final class Recheck<V> {

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final AtomicLong writes = new AtomicLong();
  private volatile Checked<V> checked;

  public Recheck(long intervalMillis, LongSupplier nanoTime) {
    this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
    this.nanoTime = nanoTime;
  }

  /**
   * The value last read while it is younger than the interval and no write went through here since,
   * else a fresh one from {@code read}.
   */
  public V current(Supplier<V> read) {
    // The write count is taken before the read: a write made while it runs leaves the count
    // changed, so the value read here is not reused.
    long writesBefore = writes.get();
    long now = nanoTime.getAsLong();
    Checked<V> last = checked;
    if (intervalNanos > 0
        && last != null
        && last.writes() == writesBefore
        && now - last.at() < intervalNanos) {
      return last.value();
    }
    V value = read.get();
    checked = new Checked<>(value, now, writesBefore);
    return value;
  }

  /**
   * Tells that this transaction writes what the value stands for: the next read asks the database,
   * now and again once the transaction has ended, so a read between the write and its commit cannot
   * pin the value from before it.
   */
  public void written(EntityManager em) {
    writes.incrementAndGet();
    em.unwrap(SessionImplementor.class)
        .getActionQueue()
        .registerProcess((success, session) -> writes.incrementAndGet());
  }

  private record Checked<V>(V value, long at, long writes) {}
}
