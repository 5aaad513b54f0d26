package lu.creativecluster.adapter.webui.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Security adapter: registers {@link ClusterServerAuthModule} for this web application when it
 * starts, and removes it when it stops. With sign-in by OpenID Connect ({@link OidcSignInSwitch})
 * the mechanism is not deployed and nothing is registered: the server's OIDC client authenticates.
 */
@WebListener
public class AuthModuleRegistration implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(AuthModuleRegistration.class.getName());

  @Inject Instance<ClusterAuthenticationMechanism> mechanism;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (!mechanism.isResolvable()) {
      return;
    }
    AuthConfigFactory.getFactory()
        .registerServerAuthModule(
            new ClusterServerAuthModule(mechanism.get()), event.getServletContext());
    LOG.fine("Authentication module registered");
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (mechanism.isResolvable()) {
      AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }
  }
}
