package lu.creativecluster.domain.account;

import java.time.Duration;
import java.util.Objects;

/**
 * Value object: how wrong passwords for one submitted e-mail address slow down further attempts.
 * The first {@code freeFailures} cost nothing; after that each attempt must wait {@code firstDelay}
 * after the last failure, doubled for every further failure, never more than {@code maxDelay}.
 * Failures older than {@code forgetAfter} (counted from the last one) are forgotten. There is no
 * lock: once the wait is over, the right password works again, and a stranger's guesses hold an
 * account for {@code maxDelay} at most per guess.
 */
public record SignInPolicy(
    int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

  /** At most 5 free guesses, then 2 s, 4 s, … up to 5 minutes between guesses. */
  public static final SignInPolicy DEFAULT =
      new SignInPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofMinutes(15));

  public SignInPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(forgetAfter, "forgetAfter");
    if (freeFailures < 1) {
      throw new IllegalArgumentException("freeFailures must be at least 1");
    }
    if (!isPositive(firstDelay) || !isPositive(maxDelay) || !isPositive(forgetAfter)) {
      throw new IllegalArgumentException("the delays and forgetAfter must be positive");
    }
    if (maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must not be shorter than firstDelay");
    }
    if (forgetAfter.compareTo(maxDelay) < 0) {
      throw new IllegalArgumentException("forgetAfter must not be shorter than maxDelay");
    }
  }

  /** How long after the last of {@code failures} wrong passwords the next attempt must wait. */
  public Duration delayAfter(int failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures, 40);
    Duration delay = firstDelay;
    for (int i = 0; i < doublings && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
  }

  private static boolean isPositive(Duration d) {
    return !d.isNegative() && !d.isZero();
  }
}
