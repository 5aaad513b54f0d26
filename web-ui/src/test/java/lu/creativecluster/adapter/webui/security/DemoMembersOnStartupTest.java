package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoMembersOnStartupTest {

  /** Counts the demo imports asked for. */
  private static final class CountingDemo
      implements lu.creativecluster.application.port.in.member.ProvisionDemoMembersUseCase {
    int calls;

    @Override
    public int provisionDemoMembers() {
      calls++;
      return 60;
    }
  }

  @Test
  void withoutTheDemoSwitch_noMemberIsImported() {
    CountingDemo demo = new CountingDemo();

    DemoMembersOnStartup.provision(name -> Optional.empty(), demo);
    DemoMembersOnStartup.provision(
        name -> Optional.ofNullable(Map.of("cluster.demo", "yes").get(name)), demo);

    assertEquals(0, demo.calls);
  }

  @Test
  void theDemoSwitch_importsTheDemoMembers() {
    CountingDemo demo = new CountingDemo();

    DemoMembersOnStartup.provision(
        name -> Optional.ofNullable(Map.of("cluster.demo", "true").get(name)), demo);

    assertEquals(1, demo.calls);
  }

  @Test
  void aFailingImport_doesNotStopTheStart() {
    DemoMembersOnStartup.provision(
        name -> Optional.of("true"),
        () -> {
          throw new IllegalStateException("broken demo file");
        });
  }
}
