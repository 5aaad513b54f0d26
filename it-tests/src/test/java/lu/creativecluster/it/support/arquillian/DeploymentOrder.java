package lu.creativecluster.it.support.arquillian;

import java.util.Comparator;
import java.util.List;
import lu.creativecluster.it.support.CooperationFixtureDeployment;
import lu.creativecluster.it.support.MemberFixtureDeployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Test infrastructure: runs the test classes grouped by the archive they deploy, by name within a
 * group, so that {@link DeployOncePerRun} swaps the WAR twice per run instead of at every change
 * between the plain WAR and the WAR with test fixtures (ten swaps in name order, 6 to 9 s each).
 * The classes with fixtures come first; the plain WAR's classes last, so the sign-in throttling
 * test, which leaves its failed sign-ins from 127.0.0.1 to expire, stays the last class of the run.
 * Set as junit.jupiter.testclass.order.default (junit-platform.properties); failsafe passes all
 * classes to JUnit in one request, so the order holds across classes.
 */
public class DeploymentOrder implements ClassOrderer {

  private static final List<Class<?>> FIRST =
      List.of(MemberFixtureDeployment.class, CooperationFixtureDeployment.class);

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparingInt((ClassDescriptor d) -> group(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
  }

  private static int group(Class<?> testClass) {
    for (int i = 0; i < FIRST.size(); i++) {
      if (FIRST.get(i).isAssignableFrom(testClass)) {
        return i;
      }
    }
    return FIRST.size();
  }
}
