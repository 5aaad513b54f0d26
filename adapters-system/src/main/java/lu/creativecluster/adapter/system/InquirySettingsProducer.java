package lu.creativecluster.adapter.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.Optional;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.inquiry.InquirySettings;
import org.eclipse.microprofile.config.Config;

/**
 * System adapter: the inquiry settings from configuration: {@code cluster.inquiries.response-days}
 * (working days an answer may take, default 5) and {@code cluster.inquiries.anonymise-after-months}
 * (default 24). A value out of range falls back to its default with a warning, so a typo never
 * stops the application.
 */
@ApplicationScoped
public class InquirySettingsProducer {

  static final String RESPONSE_DAYS = "cluster.inquiries.response-days";
  static final String ANONYMISE_AFTER_MONTHS = "cluster.inquiries.anonymise-after-months";

  private static final Logger LOG = Logger.getLogger(InquirySettingsProducer.class.getName());

  @Inject private Config config;

  /** Dependent: a record cannot be proxied, and reading the settings is cheap. */
  @Produces
  InquirySettings inquirySettings() {
    return settings(
        config.getOptionalValue(RESPONSE_DAYS, String.class),
        config.getOptionalValue(ANONYMISE_AFTER_MONTHS, String.class));
  }

  static InquirySettings settings(Optional<String> responseDays, Optional<String> months) {
    InquirySettings defaults = InquirySettings.defaults();
    int days = number(RESPONSE_DAYS, responseDays, 1, 60, defaults.responseWorkingDays());
    int anonymiseMonths =
        number(ANONYMISE_AFTER_MONTHS, months, 1, 240, defaults.anonymiseAfter().getMonths());
    return new InquirySettings(days, Period.ofMonths(anonymiseMonths));
  }

  private static int number(String key, Optional<String> value, int min, int max, int fallback) {
    if (value.isEmpty() || value.get().isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.get().strip());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    LOG.warning(
        () ->
            key
                + "="
                + value.get()
                + " is not a whole number from "
                + min
                + " to "
                + max
                + "; using "
                + fallback);
    return fallback;
  }
}
