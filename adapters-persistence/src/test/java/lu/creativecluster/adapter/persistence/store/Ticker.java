package lu.creativecluster.adapter.persistence.store;

import java.util.function.LongSupplier;

/**
 * Test clock: nanoseconds a test moves by hand, for the caches that recheck their stamp at most
 * once per interval ({@link Recheck}).
 */
public final class Ticker implements LongSupplier {

  private long now = 1_000_000_000L;

  @Override
  public long getAsLong() {
    return now;
  }

  public void advanceMillis(long millis) {
    now += millis * 1_000_000L;
  }
}
