package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import lu.creativecluster.application.port.in.account.ProvisionAccountsUseCase;
import lu.creativecluster.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;

class AccountProvisioningOnStartupTest {

  /** Records what the start asked for. */
  private static final class RecordingProvision implements ProvisionAccountsUseCase {
    final List<String> demoPasswords = new ArrayList<>();
    final List<String> admins = new ArrayList<>();

    final List<PasswordHash> madeEarlier = new ArrayList<>();

    @Override
    public void provisionDemoAccounts(String demoPassword) {
      demoPasswords.add(demoPassword);
    }

    @Override
    public void provisionDemoAccounts(String demoPassword, PasswordHash hashOfThatPassword) {
      demoPasswords.add(demoPassword);
      madeEarlier.add(hashOfThatPassword);
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
    assertEquals(
        List.of(AccountProvisioningOnStartup.DEFAULT_DEMO_PASSWORD_HASH), provision.madeEarlier);
  }

  /**
   * The ready-made hash is the default password's, in the format of adapters-system's PBKDF2 hasher
   * ({@code pbkdf2-sha256$<iterations>$<salt>$<key>}), derived here with the JDK directly.
   */
  @Test
  void theReadyMadeDemoHash_isTheDefaultDemoPasswordsHash() throws Exception {
    String[] parts =
        AccountProvisioningOnStartup.DEFAULT_DEMO_PASSWORD_HASH.encoded().split("\\$", -1);
    assertEquals("pbkdf2-sha256", parts[0]);
    assertEquals(600_000, Integer.parseInt(parts[1]));
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] key = Base64.getDecoder().decode(parts[3]);

    byte[] derived =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(
                new PBEKeySpec(
                    AccountProvisioningOnStartup.DEFAULT_DEMO_PASSWORD.toCharArray(),
                    salt,
                    600_000,
                    key.length * 8))
            .getEncoded();

    assertArrayEquals(key, derived);
  }

  @Test
  void theDemoSwitch_takesAnotherDemoPassword() {
    RecordingProvision provision = new RecordingProvision();

    AccountProvisioningOnStartup.provision(
        settings(Map.of("cluster.demo", "TRUE", "cluster.demo.password", "a demo passphrase")),
        provision);

    assertEquals(List.of("a demo passphrase"), provision.demoPasswords);
    assertTrue(provision.madeEarlier.isEmpty());
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
