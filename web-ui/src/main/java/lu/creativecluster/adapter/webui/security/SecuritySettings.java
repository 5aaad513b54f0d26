package lu.creativecluster.adapter.webui.security;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import lu.creativecluster.application.port.in.account.SignInSettings;
import lu.creativecluster.application.port.in.ratelimit.RateLimit;
import lu.creativecluster.domain.account.SignInPolicy;
import org.eclipse.microprofile.config.Config;

/**
 * Security adapter: reads the sign-in throttling and the form rate limit from configuration, with
 * the documented defaults. A malformed value fails loudly at start rather than silently weakening a
 * limit.
 */
final class SecuritySettings {

  static final String ADDRESS_MAX_FAILURES = "cluster.sign-in.address.max-failures";
  static final String ADDRESS_WINDOW = "cluster.sign-in.address.window";
  static final String ACCOUNT_FREE_FAILURES = "cluster.sign-in.account.free-failures";
  static final String ACCOUNT_FIRST_DELAY = "cluster.sign-in.account.first-delay";
  static final String ACCOUNT_MAX_DELAY = "cluster.sign-in.account.max-delay";
  static final String ACCOUNT_FORGET_AFTER = "cluster.sign-in.account.forget-after";
  static final String FORMS_PERMITS = "cluster.rate-limit.forms.permits";
  static final String FORMS_WINDOW = "cluster.rate-limit.forms.window";

  static final RateLimit DEFAULT_FORMS = new RateLimit(20, Duration.ofMinutes(1));

  /** The API's per-client budget (read by the REST adapter too, with the same defaults). */
  static final String API_PERMITS = "cluster.rate-limit.api.permits";

  static final String API_WINDOW = "cluster.rate-limit.api.window";
  static final RateLimit DEFAULT_API = new RateLimit(300, Duration.ofMinutes(1));

  private final Function<String, Optional<String>> lookup;

  SecuritySettings(Function<String, Optional<String>> lookup) {
    this.lookup = lookup;
  }

  static SecuritySettings of(Config config) {
    return new SecuritySettings(name -> config.getOptionalValue(name, String.class));
  }

  SignInSettings signIn() {
    SignInSettings defaults = SignInSettings.DEFAULT;
    SignInPolicy fallback = defaults.accountPolicy();
    SignInPolicy policy =
        new SignInPolicy(
            integer(ACCOUNT_FREE_FAILURES, fallback.freeFailures()),
            duration(ACCOUNT_FIRST_DELAY, fallback.firstDelay()),
            duration(ACCOUNT_MAX_DELAY, fallback.maxDelay()),
            duration(ACCOUNT_FORGET_AFTER, fallback.forgetAfter()));
    return new SignInSettings(
        integer(ADDRESS_MAX_FAILURES, defaults.addressMaxFailures()),
        duration(ADDRESS_WINDOW, defaults.addressWindow()),
        policy);
  }

  RateLimit forms() {
    return new RateLimit(
        integer(FORMS_PERMITS, DEFAULT_FORMS.permits()),
        duration(FORMS_WINDOW, DEFAULT_FORMS.window()));
  }

  RateLimit api() {
    return new RateLimit(
        integer(API_PERMITS, DEFAULT_API.permits()), duration(API_WINDOW, DEFAULT_API.window()));
  }

  private int integer(String name, int fallback) {
    Optional<String> value = value(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not " + value.get(), e);
    }
  }

  private Duration duration(String name, Duration fallback) {
    Optional<String> value = value(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Duration.parse(value.get());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be an ISO-8601 duration such as PT15M, not " + value.get(), e);
    }
  }

  private Optional<String> value(String name) {
    return lookup.apply(name).map(String::strip).filter(v -> !v.isEmpty());
  }
}
