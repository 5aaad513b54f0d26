package lu.creativecluster.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test infrastructure: the WAR web-ui built, as the deployments of the integration tests use it.
 */
public final class PlatformWar {

  /** The annotation index web-ui's build writes for WEB-INF/classes; WildFly trusts it as it is. */
  static final String WEB_CLASSES_INDEX = "WEB-INF/classes/META-INF/jandex.idx";

  private PlatformWar() {}

  /** The WAR file web-ui built, as the build hands it to the integration tests. */
  public static File file() {
    return new File(System.getProperty("it.war", "target/deployments/creative-cluster.war"));
  }

  /** The WAR exactly as an operator deploys it. */
  public static WebArchive asBuilt() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, file());
  }

  /**
   * The WAR with test-only classes added to WEB-INF/classes. Its built annotation index does not
   * list them (WildFly would not see their servlet annotations), so it goes and WildFly indexes the
   * classes at deployment, as it does for any archive without an index.
   */
  public static WebArchive withFixtures(Class<?>... fixtures) {
    WebArchive war = asBuilt();
    war.delete(WEB_CLASSES_INDEX);
    return war.addClasses(fixtures);
  }
}
