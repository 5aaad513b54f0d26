package lu.creativecluster.domain.account;

import java.time.Duration;
import java.util.Objects;

/**
 * Value object: how many failed sign-ins an account takes before it is locked, and for how long.
 * The default (5 failures, 15 minutes) allows at most 20 guesses an hour per account.
 */
public record SignInPolicy(int maxFailures, Duration lockDuration) {

  public static final SignInPolicy DEFAULT = new SignInPolicy(5, Duration.ofMinutes(15));

  public SignInPolicy {
    Objects.requireNonNull(lockDuration, "lockDuration");
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    if (lockDuration.isNegative() || lockDuration.isZero()) {
      throw new IllegalArgumentException("lockDuration must be positive");
    }
  }
}
