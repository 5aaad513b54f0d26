package lu.creativecluster.it.support.arquillian;

import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Test infrastructure: deploys a WAR once per test run instead of once per test class. Arquillian
 * deploys before each class and undeploys after it, about five seconds each time here; the test
 * classes run as clients of the same server, against the same database, and keep their data apart
 * by their own unique names and client addresses, so a redeployment buys them nothing.
 *
 * <p>A class whose archive has the same name and the same entries as the one deployed reuses it,
 * with the deployment's address (for {@code @ArquillianResource URL}) as it was first deployed. A
 * class that needs a different archive (the WAR plus test fixtures, say) replaces it. Nothing is
 * undeployed after a class; the managed server stops at the end of the run.
 *
 * <p>Runs inside Arquillian's deployment context (a precedence below its context handler), where
 * the deployment-scoped address lives.
 */
public class DeployOncePerRun {

  private static Archive<?> deployed;
  private static Set<String> deployedEntries;
  private static ProtocolMetaData deployedAt;

  @Inject @DeploymentScoped private InstanceProducer<DeploymentDescription> description;

  @Inject @DeploymentScoped private InstanceProducer<Deployment> deployment;

  @Inject @DeploymentScoped private InstanceProducer<ProtocolMetaData> protocolMetaData;

  @Inject private Instance<ProtocolMetaData> currentMetaData;

  public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context)
      throws Exception {
    DeployDeployment event = context.getEvent();
    DeploymentDescription wanted = event.getDeployment().getDescription();
    if (!wanted.isArchiveDeployment() || wanted.testable()) {
      context.proceed();
      return;
    }
    Archive<?> archive = wanted.getArchive();
    Set<String> entries = new TreeSet<>();
    archive.getContent().keySet().forEach(path -> entries.add(path.get()));
    synchronized (DeployOncePerRun.class) {
      if (deployed != null
          && deployed.getName().equals(archive.getName())
          && deployedEntries.equals(entries)) {
        description.set(wanted);
        deployment.set(event.getDeployment());
        protocolMetaData.set(deployedAt);
        event.getDeployment().deployed();
        return;
      }
      if (deployed != null) {
        undeploy(event.getDeployableContainer());
      }
      context.proceed();
      deployed = archive;
      deployedEntries = entries;
      deployedAt = currentMetaData.get();
    }
  }

  /** Keeps the archive deployed for the next class; only a different archive replaces it. */
  public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
    DeploymentDescription description = context.getEvent().getDeployment().getDescription();
    if (!description.isArchiveDeployment() || description.testable()) {
      context.proceed();
    }
  }

  private static void undeploy(DeployableContainer<?> container) throws Exception {
    container.undeploy(deployed);
    deployed = null;
    deployedEntries = null;
    deployedAt = null;
  }
}
