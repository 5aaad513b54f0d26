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
import lu.creativecluster.application.port.in.account.ProvisionAccountsUseCase;
import lu.creativecluster.domain.account.PasswordHash;
import org.eclipse.microprofile.config.Config;

/**
 * Security adapter: the first accounts, once the schema is migrated. Only a start with the demo
 * switched on ({@code cluster.demo=true}, e.g. {@code standalone.sh -Dcluster.demo=true} as the
 * README's run command does) gets the demo accounts, whatever the database: an operator who forgets
 * a setting gets no account with a published password. Any start with {@code cluster.admin.email}
 * and {@code cluster.admin.password} gets that admin if none exists. Passwords are never logged.
 */
@Dependent
class AccountProvisioningOnStartup {

  private static final Logger LOG = Logger.getLogger(AccountProvisioningOnStartup.class.getName());

  static final String DEMO = "cluster.demo";
  static final String DEMO_PASSWORD = "cluster.demo.password";
  static final String DEFAULT_DEMO_PASSWORD = "cluster-demo-2026";

  /**
   * {@link #DEFAULT_DEMO_PASSWORD} hashed once, as the platform's hasher stores it (PBKDF2-SHA256,
   * 600,000 iterations, random salt): the password is published in the README, so a hash made at
   * build time protects as much as one made at each start, and a demo start saves the key
   * derivation (about 2 s of a cold JVM). {@code AccountProvisioningOnStartupTest} checks that it
   * is this password's hash.
   */
  static final PasswordHash DEFAULT_DEMO_PASSWORD_HASH =
      new PasswordHash(
          "pbkdf2-sha256$600000$3IzzyOJ44ICs9qkcoNa5XQ$baCov77Yc1S9vqnNbl/tW6423P0bv/P24nluGSAW+F0");

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
    provision(name -> value(config, name), provision);
  }

  static void provision(
      Function<String, Optional<String>> settings, ProvisionAccountsUseCase provision) {
    if (demoSwitchedOn(settings)) {
      try {
        String demoPassword = settings.apply(DEMO_PASSWORD).orElse(DEFAULT_DEMO_PASSWORD);
        if (demoPassword.equals(DEFAULT_DEMO_PASSWORD)) {
          provision.provisionDemoAccounts(demoPassword, DEFAULT_DEMO_PASSWORD_HASH);
        } else {
          provision.provisionDemoAccounts(demoPassword);
        }
        LOG.info(
            "Demo switched on (" + DEMO + "=true): the demo accounts are available (see README)");
      } catch (RuntimeException e) {
        refused("the demo accounts", e);
      }
    }
    Optional<String> email = settings.apply(ADMIN_EMAIL);
    Optional<String> password = settings.apply(ADMIN_PASSWORD);
    if (email.isPresent() && password.isPresent()) {
      try {
        if (provision.provisionInitialAdmin(
            email.get(), password.get(), settings.apply(ADMIN_NAME))) {
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

  /** Only the exact word {@code true} switches the demo on; anything else leaves it off. */
  static boolean demoSwitchedOn(Function<String, Optional<String>> settings) {
    Optional<String> demo = settings.apply(DEMO);
    if (demo.isPresent()
        && !demo.get().equalsIgnoreCase("true")
        && !demo.get().equalsIgnoreCase("false")) {
      LOG.warning(() -> DEMO + " must be true or false; the demo stays off");
    }
    return demo.map(v -> v.equalsIgnoreCase("true")).orElse(false);
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
