package lu.creativecluster.adapter.webui.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.inquiry.SeedDemoRoutingUseCase;
import org.eclipse.microprofile.config.Config;

/**
 * Startup adapter: with the demo switched on ({@code cluster.demo=true}, the same switch as the
 * demo accounts), an empty recipient directory gets the fictional demo institutions, experts and
 * routing rules. Never without the switch.
 */
@Dependent
class DemoRoutingOnStartup {

  private static final Logger LOG = Logger.getLogger(DemoRoutingOnStartup.class.getName());

  /** After the schema migration and the demo accounts. */
  void seed(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 20)
          @Initialized(ApplicationScoped.class)
          Object applicationStarted,
      Config config,
      SeedDemoRoutingUseCase demo) {
    seed(DemoSeeding.settings(config), demo);
  }

  static void seed(Function<String, Optional<String>> settings, SeedDemoRoutingUseCase demo) {
    DemoSeeding.seed(
        LOG,
        Level.WARNING,
        settings,
        demo::seedDemoRouting,
        "demo inquiry recipients and their rules",
        "Could not seed the demo inquiry recipients");
  }
}
