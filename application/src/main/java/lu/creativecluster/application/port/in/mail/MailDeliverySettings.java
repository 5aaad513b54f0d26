package lu.creativecluster.application.port.in.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings: the pause before a refused mail is tried again the first time; it doubles after each
 * further refusal, up to an hour. Production waits a minute; the integration tests, which stop
 * their mail server on purpose, wait a second so that they need not idle.
 */
public record MailDeliverySettings(Duration firstRetryPause) {

  public static final Duration DEFAULT_FIRST_RETRY_PAUSE = Duration.ofMinutes(1);

  public MailDeliverySettings {
    Objects.requireNonNull(firstRetryPause, "firstRetryPause");
    if (firstRetryPause.isNegative() || firstRetryPause.isZero()) {
      throw new IllegalArgumentException("firstRetryPause is positive");
    }
  }

  public static MailDeliverySettings defaults() {
    return new MailDeliverySettings(DEFAULT_FIRST_RETRY_PAUSE);
  }
}
