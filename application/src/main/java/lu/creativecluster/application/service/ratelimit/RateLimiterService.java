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
import lu.creativecluster.application.port.in.ratelimit.Admission;
import lu.creativecluster.application.port.in.ratelimit.AdmitRequestUseCase;
import lu.creativecluster.application.port.in.ratelimit.RateLimit;

/**
 * Use case service: fixed-window rate limits per bucket and client, in memory. A refused client
 * learns when its window ends. Memory stays bounded: ended windows are swept out regularly, and
 * past a hard cap of tracked clients a new client is refused for one window: admitting it uncounted
 * would let a flood from many addresses switch every limit off. Clients already tracked keep their
 * own budget meanwhile.
 */
@ApplicationScoped
public class RateLimiterService implements AdmitRequestUseCase {

  static final int DEFAULT_MAX_CLIENTS = 100_000;
  private static final int SWEEP_EVERY = 1_024;

  private final Clock clock;
  private final int maxClients;
  private final ConcurrentMap<Key, Window> windows = new ConcurrentHashMap<>();
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
    if (windows.size() >= maxClients && !windows.containsKey(key)) {
      sweep(now);
      if (windows.size() >= maxClients) {
        return Admission.refused(limit.window());
      }
    }
    Window window = windows.compute(key, (k, current) -> Window.count(current, now, limit));
    if (window.count() <= limit.permits()) {
      return Admission.ADMITTED;
    }
    return Admission.refused(Duration.between(now, window.end()));
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

  /** Removes ended windows; a window counted again meanwhile is kept (conditional removal). */
  private void sweep(Instant now) {
    windows.entrySet().removeIf(e -> e.getValue().hasEndedAt(now));
  }

  private record Key(String bucket, String clientKey) {}

  /** The requests counted in the current window of one client; the count stops at permits + 1. */
  private record Window(Instant end, int count) {

    static Window count(Window current, Instant now, RateLimit limit) {
      if (current == null || current.hasEndedAt(now)) {
        return new Window(now.plus(limit.window()), 1);
      }
      return new Window(current.end, Math.min(current.count + 1, limit.permits() + 1));
    }

    boolean hasEndedAt(Instant now) {
      return !now.isBefore(end);
    }
  }
}
