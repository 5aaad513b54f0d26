package lu.creativecluster.application.service.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Helper: failed sign-ins per client address in a sliding window, kept in memory. It keeps at most
 * the last {@code maxFailures} moments per address and at most {@code maxAddresses} addresses
 * (least recently seen go first, stale ones are dropped), so a flood of addresses cannot exhaust
 * memory.
 */
final class AddressFailures {

  static final int DEFAULT_MAX_ADDRESSES = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final int maxAddresses;
  private final LinkedHashMap<String, Deque<Instant>> failures;

  AddressFailures(int maxFailures, Duration window, int maxAddresses) {
    if (maxFailures < 1 || maxAddresses < 1) {
      throw new IllegalArgumentException("limits are positive");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.maxAddresses = maxAddresses;
    this.failures = new LinkedHashMap<>(16, 0.75f, true);
  }

  /**
   * How long this address must wait, if its failures in the window reached the limit: until the
   * oldest of them leaves the window.
   */
  synchronized Optional<Duration> retryAfter(String address, Instant now) {
    Deque<Instant> moments = failures.get(address);
    if (moments == null) {
      return Optional.empty();
    }
    dropExpired(moments, now);
    if (moments.isEmpty()) {
      failures.remove(address);
      return Optional.empty();
    }
    if (moments.size() < maxFailures) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, moments.peekFirst().plus(window)));
  }

  synchronized void failed(String address, Instant now) {
    Deque<Instant> moments = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    moments.addLast(now);
    while (moments.size() > maxFailures) {
      moments.removeFirst();
    }
    evictStaleAndOverflow(now);
  }

  synchronized int trackedAddresses() {
    return failures.size();
  }

  /** Least recently seen first: drop them while stale, and always while over the cap. */
  private void evictStaleAndOverflow(Instant now) {
    Iterator<Map.Entry<String, Deque<Instant>>> eldestFirst = failures.entrySet().iterator();
    while (eldestFirst.hasNext()) {
      Deque<Instant> moments = eldestFirst.next().getValue();
      boolean overCap = failures.size() > maxAddresses;
      if (!overCap && !isStale(moments, now)) {
        return;
      }
      eldestFirst.remove();
    }
  }

  private boolean isStale(Deque<Instant> moments, Instant now) {
    return !moments.peekLast().plus(window).isAfter(now);
  }

  private void dropExpired(Deque<Instant> moments, Instant now) {
    while (!moments.isEmpty() && !moments.peekFirst().plus(window).isAfter(now)) {
      moments.removeFirst();
    }
  }
}
