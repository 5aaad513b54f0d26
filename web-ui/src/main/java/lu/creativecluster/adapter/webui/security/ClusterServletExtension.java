package lu.creativecluster.adapter.webui.security;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security adapter: what the WAR adds to Undertow's handling of each request, ahead of the servlet
 * container's own security: the client address as {@link ClientAddresses} resolves it. Found by the
 * server through {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class ClusterServletExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    String setting =
        ConfigProvider.getConfig(deployment.getClassLoader())
            .getOptionalValue(ClientAddresses.TRUSTED_PROXIES, String.class)
            .orElse("");
    ClientAddresses addresses = ClientAddresses.trusting(setting);
    // Added in turn, each wrapping the previous: a malformed request is answered first.
    deployment.addInitialHandlerChainWrapper(next -> new ClientAddressHandler(next, addresses));
    deployment.addInitialHandlerChainWrapper(MalformedRequestHandler::new);
  }
}
