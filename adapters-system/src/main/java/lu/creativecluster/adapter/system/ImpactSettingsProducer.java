package lu.creativecluster.adapter.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.impact.ImpactSettings;
import org.eclipse.microprofile.config.Config;

/**
 * System adapter: the impact settings from configuration: {@code
 * cluster.impact.yearly-project-goal} (new projects a year the cluster aims for, default 2) and
 * {@code cluster.impact.freshness-seconds} (how long counted figures are served, default 60). A
 * value out of range falls back to its default with a warning.
 */
@ApplicationScoped
public class ImpactSettingsProducer {

  static final String GOAL = "cluster.impact.yearly-project-goal";
  static final String FRESHNESS = "cluster.impact.freshness-seconds";

  private static final Logger LOG = Logger.getLogger(ImpactSettingsProducer.class.getName());

  @Inject private Config config;

  @Produces
  ImpactSettings impactSettings() {
    return settings(
        config.getOptionalValue(GOAL, String.class),
        config.getOptionalValue(FRESHNESS, String.class));
  }

  static ImpactSettings settings(Optional<String> goal, Optional<String> freshness) {
    ImpactSettings defaults = ImpactSettings.defaults();
    return new ImpactSettings(
        number(GOAL, goal, 0, 10_000, defaults.yearlyProjectGoal()),
        Duration.ofSeconds(
            number(FRESHNESS, freshness, 0, 3_600, (int) defaults.freshness().toSeconds())));
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
    LOG.warning(() -> key + "=" + value.get() + " is out of range; using " + fallback);
    return fallback;
  }
}
