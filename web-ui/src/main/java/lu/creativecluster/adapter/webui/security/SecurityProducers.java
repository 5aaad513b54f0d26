package lu.creativecluster.adapter.webui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import lu.creativecluster.application.port.in.account.SignInSettings;
import org.eclipse.microprofile.config.Config;

/**
 * Security adapter: the sign-in throttling settings the application services need, read from
 * configuration.
 */
@ApplicationScoped
public class SecurityProducers {

  private final Config config;

  /** For CDI's client proxy only. */
  protected SecurityProducers() {
    this(null);
  }

  @Inject
  public SecurityProducers(Config config) {
    this.config = config;
  }

  /** A malformed limit fails the deployment here, not at the first sign-in. */
  void checkSettingsAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    SecuritySettings settings = SecuritySettings.of(config);
    settings.signIn();
    settings.forms();
  }

  @Produces
  SignInSettings signInSettings() {
    return SecuritySettings.of(config).signIn();
  }
}
