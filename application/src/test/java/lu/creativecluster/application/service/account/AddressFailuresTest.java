package lu.creativecluster.application.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AddressFailuresTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(10);

  @Test
  void belowTheLimit_noWait() {
    AddressFailures failures = new AddressFailures(3, WINDOW, 100);
    failures.failed("a", T0);
    failures.failed("a", T0);

    assertEquals(Optional.empty(), failures.retryAfter("a", T0));
  }

  @Test
  void atTheLimit_waitUntilTheOldestFailureLeavesTheWindow() {
    AddressFailures failures = new AddressFailures(3, WINDOW, 100);
    failures.failed("a", T0);
    failures.failed("a", T0.plusSeconds(60));
    failures.failed("a", T0.plusSeconds(120));

    assertEquals(Optional.of(Duration.ofMinutes(9)), failures.retryAfter("a", T0.plusSeconds(60)));
    assertEquals(Optional.empty(), failures.retryAfter("a", T0.plus(WINDOW)));
  }

  @Test
  void onlyTheLastFailuresCount_soTheWaitFollowsTheNewestOnes() {
    AddressFailures failures = new AddressFailures(2, WINDOW, 100);
    failures.failed("a", T0);
    failures.failed("a", T0.plusSeconds(60));
    failures.failed("a", T0.plusSeconds(120));

    assertEquals(Optional.of(Duration.ofMinutes(9)), failures.retryAfter("a", T0.plusSeconds(120)));
  }

  @Test
  void addressesAreCountedSeparately() {
    AddressFailures failures = new AddressFailures(1, WINDOW, 100);
    failures.failed("a", T0);

    assertTrue(failures.retryAfter("a", T0).isPresent());
    assertEquals(Optional.empty(), failures.retryAfter("b", T0));
  }

  @Test
  void pastTheCap_theLeastRecentlySeenAddressIsForgotten() {
    AddressFailures failures = new AddressFailures(1, WINDOW, 2);
    failures.failed("a", T0);
    failures.failed("b", T0);
    failures.retryAfter("a", T0); // a was seen again, b is now the least recent
    failures.failed("c", T0);

    assertEquals(2, failures.trackedAddresses());
    assertTrue(failures.retryAfter("a", T0).isPresent());
    assertEquals(Optional.empty(), failures.retryAfter("b", T0));
    assertTrue(failures.retryAfter("c", T0).isPresent());
  }

  @Test
  void staleAddresses_areDroppedWhenNewFailuresArrive() {
    AddressFailures failures = new AddressFailures(5, WINDOW, 100);
    for (int i = 0; i < 50; i++) {
      failures.failed("old-" + i, T0);
    }

    failures.failed("new", T0.plus(WINDOW));

    assertEquals(1, failures.trackedAddresses());
  }

  @Test
  void concurrentFailures_areAllCounted() throws Exception {
    AddressFailures failures = new AddressFailures(1_000, WINDOW, 100);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 125; i++) {
                  failures.failed("shared", T0);
                }
              }));
    }
    for (Future<?> f : done) {
      f.get(10, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertEquals(Optional.of(WINDOW), failures.retryAfter("shared", T0));
  }
}
