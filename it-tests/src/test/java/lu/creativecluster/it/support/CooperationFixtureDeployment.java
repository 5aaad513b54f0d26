package lu.creativecluster.it.support;

import lu.creativecluster.it.fixture.MemberFixtureServlet;
import lu.creativecluster.it.fixture.MissionFixtureServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Test infrastructure: the WAR web-ui built, plus the test-only servlets that make members ({@link
 * MemberFixtureServlet}) and partners and missions ({@link MissionFixtureServlet}) through the
 * platform's use cases, for tests of the cooperation API and pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class CooperationFixtureDeployment {

  @Deployment(testable = false)
  public static WebArchive platformWithCooperationFixtures() {
    return PlatformWar.withFixtures(MemberFixtureServlet.class, MissionFixtureServlet.class);
  }
}
