package lu.creativecluster.adapter.persistence.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Persistence adapter: the precision every adapter stores instants at. Both databases keep
 * microseconds but each rounds a finer instant its own way; cutting it before it is written stores
 * the same value on both, and the value read back equals the value written.
 */
public final class StoredInstants {

  private StoredInstants() {}

  /** The instant as it will be stored, or null for null. */
  public static Instant stored(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The first storable instant at or after this one: a stored instant is strictly before the given
   * one exactly when it is strictly before this, so a query on it needs no sub-microsecond value.
   */
  public static Instant storedCeiling(Instant instant) {
    Instant floor = stored(instant);
    return floor.equals(instant) ? floor : floor.plus(1, ChronoUnit.MICROS);
  }
}
