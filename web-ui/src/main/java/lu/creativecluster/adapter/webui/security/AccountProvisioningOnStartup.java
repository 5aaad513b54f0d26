package lu.creativecluster.adapter.webui.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.account.ProvisionAccountsUseCase;
import org.eclipse.microprofile.config.Config;

/**
 * Security adapter: the first accounts, once the schema is migrated. The embedded demo (no {@code
 * POSTGRESQL_URL}) gets the demo accounts; any start with {@code cluster.admin.email} and {@code
 * cluster.admin.password} gets that admin if none exists. A production database never receives a
 * default password. Passwords are never logged.
 */
@Dependent
class AccountProvisioningOnStartup {

  private static final Logger LOG = Logger.getLogger(AccountProvisioningOnStartup.class.getName());

  static final String POSTGRESQL_URL = "POSTGRESQL_URL";
  static final String DEMO_PASSWORD = "cluster.demo.password";
  static final String DEFAULT_DEMO_PASSWORD = "cluster-demo-2026";
  static final String ADMIN_EMAIL = "cluster.admin.email";
  static final String ADMIN_PASSWORD = "cluster.admin.password";
  static final String ADMIN_NAME = "cluster.admin.name";

  /**
   * After the persistence adapter's schema migration, which observes the same event at {@code
   * PLATFORM_BEFORE}.
   */
  void provision(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object applicationStarted,
      Config config,
      ProvisionAccountsUseCase provision) {
    if (value(config, POSTGRESQL_URL).isEmpty()) {
      try {
        provision.provisionDemoAccounts(value(config, DEMO_PASSWORD).orElse(DEFAULT_DEMO_PASSWORD));
        LOG.info("Embedded database: the demo accounts are available (see README)");
      } catch (RuntimeException e) {
        refused("the demo accounts", e);
      }
    }
    Optional<String> email = value(config, ADMIN_EMAIL);
    Optional<String> password = value(config, ADMIN_PASSWORD);
    if (email.isPresent() && password.isPresent()) {
      try {
        if (provision.provisionInitialAdmin(
            email.get(), password.get(), value(config, ADMIN_NAME))) {
          LOG.info(() -> "Created the first admin account " + email.get());
        }
      } catch (RuntimeException e) {
        refused("the admin account " + email.get(), e);
      }
    } else if (email.isPresent() || password.isPresent()) {
      LOG.warning(
          "No admin created: set both "
              + ADMIN_EMAIL
              + " and "
              + ADMIN_PASSWORD
              + " to create one");
    }
  }

  /**
   * The site still starts (the sector pages and the API work without accounts); the log says why
   * nobody can sign in. The use cases' messages name the rule broken, never the password.
   */
  private static void refused(String what, RuntimeException e) {
    LOG.severe(() -> "Could not create " + what + ": " + e.getMessage());
  }

  private static Optional<String> value(Config config, String name) {
    return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
  }
}
