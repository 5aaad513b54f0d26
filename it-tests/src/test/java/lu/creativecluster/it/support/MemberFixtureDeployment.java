package lu.creativecluster.it.support;

import lu.creativecluster.it.fixture.MemberFixtureServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Test infrastructure: the WAR web-ui built, plus one test-only servlet that makes members through
 * the platform's use cases ({@link MemberFixtureServlet}), for tests that need directory data
 * (there is no demo data without the demo switch, and the membership form is a page of its own).
 * Nothing else of the WAR changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class MemberFixtureDeployment {

  @Deployment(testable = false)
  public static WebArchive platformWithMemberFixtures() {
    return PlatformWar.withFixtures(MemberFixtureServlet.class);
  }
}
