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
import lu.creativecluster.application.port.in.member.ProvisionDemoMembersUseCase;
import org.eclipse.microprofile.config.Config;

/**
 * Startup adapter: the demo directory. Only a start with the demo switched on ({@code
 * cluster.demo=true}, the same switch as the demo accounts) imports the fictional demo members, and
 * only once; after the demo accounts, so the two demo member accounts manage their members.
 */
@Dependent
class DemoMembersOnStartup {

  private static final Logger LOG = Logger.getLogger(DemoMembersOnStartup.class.getName());

  /** After {@link AccountProvisioningOnStartup}, which observes at {@code APPLICATION}. */
  void provision(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 10)
          @Initialized(ApplicationScoped.class)
          Object applicationStarted,
      Config config,
      ProvisionDemoMembersUseCase demoMembers) {
    provision(DemoSeeding.settings(config), demoMembers);
  }

  static void provision(
      Function<String, Optional<String>> settings, ProvisionDemoMembersUseCase demoMembers) {
    DemoSeeding.seed(
        LOG,
        Level.SEVERE,
        settings,
        demoMembers::provisionDemoMembers,
        "fictional demo members imported",
        "Could not import the demo members");
  }
}
