package lu.creativecluster.application.service.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import lu.creativecluster.application.port.in.ratelimit.Admission;
import lu.creativecluster.application.port.in.ratelimit.AdmitRequestUseCase;
import lu.creativecluster.application.port.in.ratelimit.RateLimit;

/**
 * Use case service: fixed-window rate limits per bucket and client, in memory. A refused client
 * learns when its window ends. Memory stays bounded: ended windows are swept out regularly, and
 * past a hard cap of tracked clients a new client is refused for one window: admitting it uncounted
 * would let a flood from many addresses switch every limit off. Clients already tracked keep their
 * own budget meanwhile.
 *
 * <p>Admission is lock-free: every request passes here, and many come from one client (one address,
 * one connection pool), so a lock per client (as {@code ConcurrentHashMap.compute} holds) made them
 * queue behind each other. Each client's window lives in a slot of its own, counted by
 * compare-and-set; once a window is full it is no longer written to at all.
 */
@ApplicationScoped
public class RateLimiterService implements AdmitRequestUseCase {

  static final int DEFAULT_MAX_CLIENTS = 100_000;
  private static final int SWEEP_EVERY = 1_024;

  private final Clock clock;
  private final int maxClients;
  private final ConcurrentMap<Key, Slot> windows = new ConcurrentHashMap<>();
  private final AtomicInteger sinceSweep = new AtomicInteger();

  /** For CDI's client proxy only. */
  protected RateLimiterService() {
    this(null);
  }

  @Inject
  public RateLimiterService(Clock clock) {
    this(clock, DEFAULT_MAX_CLIENTS);
  }

  RateLimiterService(Clock clock, int maxClients) {
    this.clock = clock;
    this.maxClients = maxClients;
  }

  @Override
  public Admission admit(String bucket, String clientKey, RateLimit limit) {
    Objects.requireNonNull(limit, "limit");
    Key key = new Key(Objects.requireNonNull(bucket, "bucket"), String.valueOf(clientKey));
    Instant now = clock.instant();
    sweepNowAndThen(now);
    while (true) {
      Slot slot = windows.get(key);
      if (slot == null) {
        if (windows.size() >= maxClients) {
          sweep(now);
          if (windows.size() >= maxClients) {
            return Admission.refused(limit.window());
          }
        }
        slot = windows.computeIfAbsent(key, k -> new Slot());
      }
      Window window = slot.count(now, limit);
      if (window == Window.RETIRED) {
        // Swept out between the look-up and the count: count in the slot that replaces it.
        continue;
      }
      if (window.count() <= limit.permits()) {
        return Admission.ADMITTED;
      }
      return Admission.refused(Duration.between(now, window.end()));
    }
  }

  int trackedClients() {
    return windows.size();
  }

  private void sweepNowAndThen(Instant now) {
    if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
      sinceSweep.set(0);
      sweep(now);
    }
  }

  /**
   * Removes ended windows. A slot is retired first, by compare-and-set on the very window found
   * ended, so a request counted in it meanwhile keeps it; a request that finds it retired counts in
   * a new slot instead, and no count is lost.
   */
  private void sweep(Instant now) {
    windows.entrySet().removeIf(e -> e.getValue().retireIfEndedAt(now));
  }

  private record Key(String bucket, String clientKey) {}

  /** One client's current window, replaced by compare-and-set on every counted request. */
  private static final class Slot {

    private final AtomicReference<Window> current = new AtomicReference<>();

    /** The window this request was counted in, or {@link Window#RETIRED}. */
    Window count(Instant now, RateLimit limit) {
      while (true) {
        Window before = current.get();
        if (before == Window.RETIRED) {
          return before;
        }
        Window after = Window.count(before, now, limit);
        // A full window stays as it is: refused requests do not write, so they do not contend.
        if (after.equals(before) || current.compareAndSet(before, after)) {
          return after;
        }
      }
    }

    boolean retireIfEndedAt(Instant now) {
      Window window = current.get();
      return window != Window.RETIRED
          && (window == null || window.hasEndedAt(now))
          && current.compareAndSet(window, Window.RETIRED);
    }
  }

  /** The requests counted in the current window of one client; the count stops at permits + 1. */
  private record Window(Instant end, int count) {

    /** Marks a slot that was swept out of the map and must no longer count anything. */
    static final Window RETIRED = new Window(Instant.MIN, Integer.MAX_VALUE);

    static Window count(Window current, Instant now, RateLimit limit) {
      if (current == null || current.hasEndedAt(now)) {
        return new Window(now.plus(limit.window()), 1);
      }
      int counted = Math.min(current.count + 1, limit.permits() + 1);
      return counted == current.count ? current : new Window(current.end, counted);
    }

    boolean hasEndedAt(Instant now) {
      return !now.isBefore(end);
    }
  }
}
