package lu.creativecluster.application.port.out.system;

import java.time.Duration;

/**
 * Outbound port: runs background work again and again (mail delivery rounds, inquiry reminders,
 * writing buffered visit counts) from application start until it stops.
 */
public interface RepeatingTasks {

  /** A running repetition; cancelling lets a run in progress finish and starts no other. */
  interface Repetition {
    void cancel();
  }

  /**
   * Runs {@code task} after {@code firstDelay}, then each {@code interval} after the previous run
   * ended. A run that throws is the task's own business: it should log and return.
   */
  Repetition every(Duration firstDelay, Duration interval, Runnable task);
}
