package lu.creativecluster.it.support.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link DeployOncePerRun} with Arquillian (META-INF/services). */
public class DeployOncePerRunExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(DeployOncePerRun.class);
  }
}
