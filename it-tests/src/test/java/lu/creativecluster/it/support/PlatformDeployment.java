package lu.creativecluster.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Test infrastructure: deploys the WAR that web-ui built, exactly as an operator would, and runs
 * the test as a client of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PlatformDeployment {

  @Deployment(testable = false)
  public static WebArchive platform() {
    return PlatformWar.asBuilt();
  }

  /** The management interface, where WildFly serves health. */
  protected static String managementUrl() {
    return "http://localhost:" + System.getProperty("it.management.port", "9990");
  }
}
