package lu.creativecluster.adapter.webui.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.event.ProvisionDemoEventsUseCase;
import org.eclipse.microprofile.config.Config;

/**
 * Startup adapter: the demo events with their registrations. Only a start with the demo switched on
 * ({@code cluster.demo=true}) creates them, and only once.
 */
@Dependent
class DemoEventsOnStartup {

  private static final Logger LOG = Logger.getLogger(DemoEventsOnStartup.class.getName());

  /** After the demo members and missions, which observe at {@code APPLICATION + 10} and 20. */
  void provision(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 30)
          @Initialized(ApplicationScoped.class)
          Object applicationStarted,
      Config config,
      ProvisionDemoEventsUseCase demoEvents) {
    provision(
        name ->
            config
                .getOptionalValue(name, String.class)
                .map(String::strip)
                .filter(v -> !v.isEmpty()),
        demoEvents);
  }

  static void provision(
      Function<String, Optional<String>> settings, ProvisionDemoEventsUseCase demoEvents) {
    if (!AccountProvisioningOnStartup.demoSwitchedOn(settings)) {
      return;
    }
    try {
      int created = demoEvents.provisionDemoEvents();
      if (created > 0) {
        LOG.info(() -> "Demo switched on: " + created + " demo events with registrations created");
      }
    } catch (RuntimeException e) {
      // The site still starts; the event pages are only emptier.
      LOG.severe(() -> "Could not create the demo events: " + e.getMessage());
    }
  }
}
