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
import lu.creativecluster.application.port.in.cooperation.ProvisionDemoCooperationUseCase;
import org.eclipse.microprofile.config.Config;

/**
 * Startup adapter: the demo partner network and missions. Only a start with the demo switched on
 * ({@code cluster.demo=true}) creates them, and only once; after the demo members, whose
 * applications the missions show.
 */
@Dependent
class DemoCooperationOnStartup {

  private static final Logger LOG = Logger.getLogger(DemoCooperationOnStartup.class.getName());

  /** After the demo members, which observe at {@code APPLICATION + 10}. */
  void provision(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 20)
          @Initialized(ApplicationScoped.class)
          Object applicationStarted,
      Config config,
      ProvisionDemoCooperationUseCase demoCooperation) {
    provision(DemoSeeding.settings(config), demoCooperation);
  }

  static void provision(
      Function<String, Optional<String>> settings,
      ProvisionDemoCooperationUseCase demoCooperation) {
    DemoSeeding.seed(
        LOG,
        Level.SEVERE,
        settings,
        demoCooperation::provisionDemoCooperation,
        "demo missions and their partners created",
        "Could not create the demo missions");
  }
}
