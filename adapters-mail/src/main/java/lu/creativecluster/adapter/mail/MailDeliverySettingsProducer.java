package lu.creativecluster.adapter.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.mail.MailDeliverySettings;
import org.eclipse.microprofile.config.Config;

/**
 * Mail adapter: the delivery settings from configuration: {@code cluster.mail.retry-pause}
 * (ISO-8601, default {@code PT1M}, at most an hour) before a refused mail is tried again. A value
 * out of range falls back to the default with a warning, so a typo never stops the application.
 */
@ApplicationScoped
public class MailDeliverySettingsProducer {

  static final String RETRY_PAUSE = "cluster.mail.retry-pause";
  static final Duration LONGEST = Duration.ofHours(1);

  private static final Logger LOG = Logger.getLogger(MailDeliverySettingsProducer.class.getName());

  @Inject private Config config;

  /** Dependent: a record cannot be proxied, and reading the setting is cheap. */
  @Produces
  MailDeliverySettings mailDeliverySettings() {
    return settings(config.getOptionalValue(RETRY_PAUSE, String.class));
  }

  static MailDeliverySettings settings(Optional<String> retryPause) {
    if (retryPause.isEmpty() || retryPause.get().isBlank()) {
      return MailDeliverySettings.defaults();
    }
    try {
      Duration parsed = Duration.parse(retryPause.get().strip());
      if (!parsed.isNegative() && !parsed.isZero() && parsed.compareTo(LONGEST) <= 0) {
        return new MailDeliverySettings(parsed);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    LOG.warning(
        () ->
            RETRY_PAUSE
                + "="
                + retryPause.get()
                + " is not an ISO-8601 duration from PT0S to PT1H; using "
                + MailDeliverySettings.DEFAULT_FIRST_RETRY_PAUSE);
    return MailDeliverySettings.defaults();
  }
}
