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
    provision(DemoSeeding.settings(config), demoEvents);
  }

  static void provision(
      Function<String, Optional<String>> settings, ProvisionDemoEventsUseCase demoEvents) {
    DemoSeeding.seed(
        LOG,
        Level.SEVERE,
        settings,
        demoEvents::provisionDemoEvents,
        "demo events with registrations created",
        "Could not create the demo events");
  }
}
