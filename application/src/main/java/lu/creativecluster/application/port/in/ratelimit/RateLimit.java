package lu.creativecluster.application.port.in.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** Value object: at most {@code permits} requests per {@code window} for one client. */
public record RateLimit(int permits, Duration window) {

  public RateLimit {
    Objects.requireNonNull(window, "window");
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive");
    }
  }
}
