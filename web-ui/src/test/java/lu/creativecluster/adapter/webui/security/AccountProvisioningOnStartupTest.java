package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lu.creativecluster.application.port.in.account.ProvisionAccountsUseCase;
import org.junit.jupiter.api.Test;

class AccountProvisioningOnStartupTest {

  /** Records what the start asked for. */
  private static final class RecordingProvision implements ProvisionAccountsUseCase {
    final List<String> demoPasswords = new ArrayList<>();
    final List<String> admins = new ArrayList<>();

    @Override
    public void provisionDemoAccounts(String demoPassword) {
      demoPasswords.add(demoPassword);
    }

    @Override
    public boolean provisionInitialAdmin(
        String email, String password, Optional<String> displayName) {
      admins.add(email);
      return true;
    }
  }

  private static Function<String, Optional<String>> settings(Map<String, String> values) {
    return name -> Optional.ofNullable(values.get(name));
  }

  @Test
  void withoutTheDemoSwitch_andWithoutADatabaseSetting_noDemoAccountIsCreated() {
    RecordingProvision provision = new RecordingProvision();

    AccountProvisioningOnStartup.provision(settings(Map.of()), provision);

    assertTrue(provision.demoPasswords.isEmpty());
    assertTrue(provision.admins.isEmpty());
  }

  @Test
  void theDemoSwitch_createsTheDemoAccounts_whateverTheDatabase() {
    RecordingProvision provision = new RecordingProvision();

    AccountProvisioningOnStartup.provision(
        settings(Map.of("cluster.demo", "true", "POSTGRESQL_URL", "jdbc:postgresql://db/x")),
        provision);

    assertEquals(List.of("cluster-demo-2026"), provision.demoPasswords);
  }

  @Test
  void theDemoSwitch_takesAnotherDemoPassword() {
    RecordingProvision provision = new RecordingProvision();

    AccountProvisioningOnStartup.provision(
        settings(Map.of("cluster.demo", "TRUE", "cluster.demo.password", "a demo passphrase")),
        provision);

    assertEquals(List.of("a demo passphrase"), provision.demoPasswords);
  }

  @Test
  void anythingButTrue_leavesTheDemoOff() {
    for (String value : List.of("false", "yes", "1", "on", "tru")) {
      assertFalse(
          AccountProvisioningOnStartup.demoSwitchedOn(settings(Map.of("cluster.demo", value))),
          value);
    }
  }

  @Test
  void theProductionAdmin_comesFromConfiguration_withOrWithoutTheDemo() {
    RecordingProvision provision = new RecordingProvision();

    AccountProvisioningOnStartup.provision(
        settings(
            Map.of(
                "cluster.admin.email", "team@cluster.example",
                "cluster.admin.password", "a long passphrase")),
        provision);

    assertEquals(List.of("team@cluster.example"), provision.admins);
    assertTrue(provision.demoPasswords.isEmpty());
  }
}
