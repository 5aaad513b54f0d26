package lu.creativecluster.adapter.webui.security;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Startup adapter helper: the one flow of the demo observers (members, missions, routing, events,
 * projects). Each part of the demo data is seeded only on a start with the demo switched on ({@code
 * cluster.demo=true}) and only once (its use case adds nothing when the part exists); a failure is
 * logged and the site still starts, with that part emptier.
 */
final class DemoSeeding {

  private DemoSeeding() {}

  /** The settings as the observers read them: a blank value counts as unset. */
  static Function<String, Optional<String>> settings(Config config) {
    return name ->
        config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
  }

  /**
   * Seeds one part if the demo is switched on.
   *
   * @param seeding seeds the part, answering how many things it created (0 when it existed)
   * @param created what the count names, for the log, e.g. "fictional demo members imported"
   * @param failure the log line's start when seeding fails, e.g. "Could not import the demo
   *     members"
   */
  static void seed(
      Logger log,
      Level failureLevel,
      Function<String, Optional<String>> settings,
      IntSupplier seeding,
      String created,
      String failure) {
    if (!AccountProvisioningOnStartup.demoSwitchedOn(settings)) {
      return;
    }
    try {
      int count = seeding.getAsInt();
      if (count > 0) {
        log.info(() -> "Demo switched on: " + count + " " + created);
      }
    } catch (RuntimeException e) {
      log.log(failureLevel, () -> failure + ": " + e.getMessage());
    }
  }
}
