package lu.creativecluster.application.port.in.ratelimit;

import java.time.Duration;

/** Whether a request may proceed; if not, when the client may try again. */
public record Admission(boolean admitted, Duration retryAfter) {

  public static final Admission ADMITTED = new Admission(true, Duration.ZERO);

  public static Admission refused(Duration retryAfter) {
    return new Admission(false, retryAfter);
  }

  /** Retry-After in whole seconds, rounded up, at least 1. */
  public long retryAfterSeconds() {
    long seconds = (retryAfter.toMillis() + 999) / 1000;
    return Math.max(1, seconds);
  }
}
