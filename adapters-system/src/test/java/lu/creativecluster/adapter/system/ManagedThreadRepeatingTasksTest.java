package lu.creativecluster.adapter.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lu.creativecluster.application.port.out.system.RepeatingTasks.Repetition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManagedThreadRepeatingTasksTest {

  private static final Duration SHORT = Duration.ofMillis(5);

  private final ManagedThreadRepeatingTasks tasks = new ManagedThreadRepeatingTasks();

  @BeforeEach
  void start() {
    tasks.start();
  }

  @AfterEach
  void stop() {
    tasks.stop();
  }

  @Test
  void runsATaskAgainAndAgain() throws InterruptedException {
    CountDownLatch threeRuns = new CountDownLatch(3);
    tasks.every(SHORT, SHORT, threeRuns::countDown);
    assertTrue(threeRuns.await(5, TimeUnit.SECONDS));
  }

  @Test
  void aCancelledRepetitionRunsNoMore() throws InterruptedException {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch first = new CountDownLatch(1);
    Repetition repetition =
        tasks.every(
            SHORT,
            SHORT,
            () -> {
              runs.incrementAndGet();
              first.countDown();
            });
    assertTrue(first.await(5, TimeUnit.SECONDS));
    repetition.cancel();
    Thread.sleep(200); // a run already started may still end
    int afterCancel = runs.get();
    Thread.sleep(100);
    assertEquals(afterCancel, runs.get());
  }

  @Test
  void stoppingWaitsForTheRunInProgressAndTakesNoMoreWork() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger finished = new AtomicInteger();
    tasks.every(
        Duration.ZERO,
        Duration.ofHours(1),
        () -> {
          started.countDown();
          sleepQuietly(200);
          finished.incrementAndGet();
        });
    assertTrue(started.await(5, TimeUnit.SECONDS));

    tasks.stop();

    assertEquals(1, finished.get());
    assertThrows(RejectedExecutionException.class, () -> tasks.every(SHORT, SHORT, () -> {}));
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
