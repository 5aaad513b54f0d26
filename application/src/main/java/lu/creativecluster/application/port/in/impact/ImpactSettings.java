package lu.creativecluster.application.port.in.impact;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings: the cluster's yearly goal of new projects (default 2) and how long counted figures are
 * served before they are counted again (default 60 s).
 */
public record ImpactSettings(int yearlyProjectGoal, Duration freshness) {

  public static final int DEFAULT_GOAL = 2;
  public static final Duration DEFAULT_FRESHNESS = Duration.ofSeconds(60);

  public ImpactSettings {
    if (yearlyProjectGoal < 0 || yearlyProjectGoal > 10_000) {
      throw new IllegalArgumentException("the yearly goal is between 0 and 10000");
    }
    Objects.requireNonNull(freshness, "freshness");
    if (freshness.isNegative()) {
      throw new IllegalArgumentException("freshness is not negative");
    }
  }

  public static ImpactSettings defaults() {
    return new ImpactSettings(DEFAULT_GOAL, DEFAULT_FRESHNESS);
  }
}
