package lu.creativecluster.application.service.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lu.creativecluster.application.port.in.ratelimit.Admission;
import lu.creativecluster.application.port.in.ratelimit.RateLimit;
import lu.creativecluster.application.service.audit.MutableClock;
import org.junit.jupiter.api.Test;

class RateLimiterServiceTest {

  private static final RateLimit THREE_A_MINUTE = new RateLimit(3, Duration.ofMinutes(1));

  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final RateLimiterService limiter = new RateLimiterService(clock);

  private Admission admit(String client) {
    return limiter.admit("sign-in", client, THREE_A_MINUTE);
  }

  @Test
  void upToThePermits_requestsPass_thenTheyAreRefusedUntilTheWindowEnds() {
    for (int i = 0; i < 3; i++) {
      assertTrue(admit("198.51.100.4").admitted());
      clock.advance(Duration.ofSeconds(10));
    }

    Admission refused = admit("198.51.100.4");

    assertFalse(refused.admitted());
    assertEquals(Duration.ofSeconds(30), refused.retryAfter());
    assertEquals(30, refused.retryAfterSeconds());
  }

  @Test
  void aRefusedClient_mayComeBackWhenTheWindowEnds() {
    for (int i = 0; i < 4; i++) {
      admit("198.51.100.4");
    }
    clock.advance(Duration.ofMillis(59_500));
    Admission almost = admit("198.51.100.4");
    assertFalse(almost.admitted());
    assertEquals(1, almost.retryAfterSeconds());

    clock.advance(Duration.ofMillis(500));

    assertTrue(admit("198.51.100.4").admitted());
  }

  @Test
  void refusedRequests_doNotPushTheWindowFurther() {
    for (int i = 0; i < 50; i++) {
      admit("198.51.100.4");
    }
    clock.advance(Duration.ofSeconds(59));
    assertEquals(Duration.ofSeconds(1), admit("198.51.100.4").retryAfter());
  }

  @Test
  void clientsAndBuckets_areCountedSeparately() {
    for (int i = 0; i < 3; i++) {
      admit("198.51.100.4");
    }

    assertFalse(admit("198.51.100.4").admitted());
    assertTrue(admit("198.51.100.5").admitted());
    assertTrue(limiter.admit("api", "198.51.100.4", THREE_A_MINUTE).admitted());
  }

  @Test
  void idleClients_areForgottenOnceTheirWindowEnded() {
    for (int i = 0; i < 100; i++) {
      admit("10.0.0." + i);
    }
    clock.advance(Duration.ofMinutes(1));

    for (int i = 0; i < 1_024; i++) {
      admit("192.0.2.1");
    }

    assertEquals(1, limiter.trackedClients());
  }

  @Test
  void pastTheHardCap_newClientsAreRefused_untilOldWindowsEnd() {
    RateLimiterService small = new RateLimiterService(clock, 2);
    RateLimit one = new RateLimit(1, Duration.ofMinutes(1));
    small.admit("api", "a", one);
    small.admit("api", "b", one);

    Admission full = small.admit("api", "c", one);
    assertFalse(full.admitted(), "a full table refuses rather than admits uncounted");
    assertEquals(60, full.retryAfterSeconds());
    assertFalse(small.admit("api", "c", one).admitted());
    assertEquals(2, small.trackedClients());
    assertFalse(small.admit("api", "a", one).admitted(), "tracked clients stay limited");

    clock.advance(Duration.ofMinutes(1));
    assertTrue(small.admit("api", "c", one).admitted());
    assertFalse(small.admit("api", "c", one).admitted());
  }

  @Test
  void concurrentRequests_neverPassMoreThanThePermits() throws Exception {
    RateLimit fiveHundred = new RateLimit(500, Duration.ofMinutes(1));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<Integer>> workers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      workers.add(
          () -> {
            int admitted = 0;
            for (int i = 0; i < 250; i++) {
              if (limiter.admit("api", "shared", fiveHundred).admitted()) {
                admitted++;
              }
            }
            return admitted;
          });
    }
    int total = 0;
    for (Future<Integer> f : pool.invokeAll(workers, 10, TimeUnit.SECONDS)) {
      total += f.get();
    }
    pool.shutdown();

    assertEquals(500, total);
  }

  @Test
  void concurrentRequests_whileOtherClientsTriggerSweeps_neverPassMoreThanThePermits()
      throws Exception {
    RateLimit fiveHundred = new RateLimit(500, Duration.ofMinutes(1));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<Integer>> workers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      workers.add(
          () -> {
            int admitted = 0;
            for (int i = 0; i < 1_000; i++) {
              // Passers-by whose calls sweep the table many times during the run.
              limiter.admit("api", "passer-by-" + thread + "-" + i, fiveHundred);
              if (limiter.admit("api", "shared", fiveHundred).admitted()) {
                admitted++;
              }
            }
            return admitted;
          });
    }
    int total = 0;
    for (Future<Integer> f : pool.invokeAll(workers, 10, TimeUnit.SECONDS)) {
      total += f.get();
    }
    pool.shutdown();

    assertEquals(500, total);
  }
}
