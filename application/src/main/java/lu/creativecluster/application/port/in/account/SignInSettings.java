package lu.creativecluster.application.port.in.account;

import java.time.Duration;
import java.util.Objects;
import lu.creativecluster.domain.account.SignInPolicy;

/**
 * Configuration of sign-in throttling: how many failed sign-ins one client address may make in a
 * window before it is refused, and how failures for one submitted e-mail address delay the next
 * attempts for it. An adapter produces it from configuration.
 */
public record SignInSettings(
    int addressMaxFailures, Duration addressWindow, SignInPolicy accountPolicy) {

  public static final SignInSettings DEFAULT =
      new SignInSettings(20, Duration.ofMinutes(15), SignInPolicy.DEFAULT);

  public SignInSettings {
    Objects.requireNonNull(addressWindow, "addressWindow");
    Objects.requireNonNull(accountPolicy, "accountPolicy");
    if (addressMaxFailures < 1) {
      throw new IllegalArgumentException("addressMaxFailures must be at least 1");
    }
    if (addressWindow.isNegative() || addressWindow.isZero()) {
      throw new IllegalArgumentException("addressWindow must be positive");
    }
  }
}
