package lu.creativecluster.adapter.system;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import lu.creativecluster.application.port.out.system.RepeatingTasks;

/**
 * System adapter: the application's repeating work on two threads of the container's managed thread
 * factory (so each run has the deployment's naming context and class loader), stopped when the
 * application stops.
 *
 * <p>Not the container's managed scheduled executor: WildFly runs its tasks through the server's
 * suspend control point, and one that falls due while a stopping server is suspended is refused and
 * logged as an ERROR (WFLYEE0110) though nothing is wrong. These tasks are safe to run during the
 * suspension (they only touch the database and the mail server), and stop at undeployment.
 */
@ApplicationScoped
public class ManagedThreadRepeatingTasks implements RepeatingTasks {

  static final int THREADS = 2;
  static final long STOP_WAIT_SECONDS = 10;

  private static final Logger LOG = Logger.getLogger(ManagedThreadRepeatingTasks.class.getName());

  @Resource ManagedThreadFactory threads;

  private ScheduledExecutorService executor;

  @PostConstruct
  void start() {
    executor =
        threads == null
            ? Executors.newScheduledThreadPool(THREADS)
            : Executors.newScheduledThreadPool(THREADS, threads);
  }

  @Override
  public Repetition every(Duration firstDelay, Duration interval, Runnable task) {
    ScheduledFuture<?> runs =
        executor.scheduleWithFixedDelay(
            task, firstDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    return () -> runs.cancel(false);
  }

  @PreDestroy
  void stop() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warning(() -> "background work still running after " + STOP_WAIT_SECONDS + " s");
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      executor.shutdownNow();
    }
  }
}
