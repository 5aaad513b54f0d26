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
import lu.creativecluster.application.port.in.impact.ProvisionDemoImpactUseCase;
import org.eclipse.microprofile.config.Config;

/**
 * Startup adapter: the demo projects and visits for the impact dashboard. Only a start with the
 * demo switched on ({@code cluster.demo=true}) creates them, once, after the demo members.
 */
@Dependent
class DemoImpactOnStartup {

  private static final Logger LOG = Logger.getLogger(DemoImpactOnStartup.class.getName());

  /** After the demo members ({@code APPLICATION + 10}) and missions ({@code + 20}). */
  void provision(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 30)
          @Initialized(ApplicationScoped.class)
          Object applicationStarted,
      Config config,
      ProvisionDemoImpactUseCase demoImpact) {
    provision(DemoSeeding.settings(config), demoImpact);
  }

  static void provision(
      Function<String, Optional<String>> settings, ProvisionDemoImpactUseCase demoImpact) {
    DemoSeeding.seed(
        LOG,
        Level.SEVERE,
        settings,
        demoImpact::provisionDemoImpact,
        "demo projects and sample visits created",
        "Could not create the demo projects");
  }
}
