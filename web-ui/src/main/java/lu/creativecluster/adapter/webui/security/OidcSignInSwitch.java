package lu.creativecluster.adapter.webui.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security adapter: hands sign-in to the server's OpenID Connect client when {@value #PROPERTY} is
 * true. Jakarta Security's mechanism would otherwise take precedence over elytron-oidc-client, so
 * in that mode the built-in mechanism and identity store are removed from the deployment, and the
 * security constraints of web.xml send people to the OIDC provider. Off by default.
 */
public class OidcSignInSwitch implements Extension {

  private static final Logger LOG = Logger.getLogger(OidcSignInSwitch.class.getName());

  /** Environment variable {@code CLUSTER_SIGN_IN_OIDC}. */
  public static final String PROPERTY = "cluster.sign-in.oidc";

  void builtInMechanism(@Observes ProcessAnnotatedType<ClusterAuthenticationMechanism> type) {
    if (oidc()) {
      LOG.info("Sign-in by OpenID Connect (" + PROPERTY + "=true): the built-in sign-in is off");
      type.veto();
    }
  }

  void builtInIdentityStore(@Observes ProcessAnnotatedType<ClusterIdentityStore> type) {
    if (oidc()) {
      type.veto();
    }
  }

  static boolean oidc() {
    return ConfigProvider.getConfig()
        .getOptionalValue(PROPERTY, Boolean.class)
        .orElse(Boolean.FALSE);
  }
}
