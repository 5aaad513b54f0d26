package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.application.port.in.account.SignInSettings;
import lu.creativecluster.application.port.in.ratelimit.RateLimit;
import org.junit.jupiter.api.Test;

class SecuritySettingsTest {

  private static SecuritySettings settings(Map<String, String> values) {
    return new SecuritySettings(name -> Optional.ofNullable(values.get(name)));
  }

  @Test
  void withoutConfiguration_theDocumentedDefaultsApply() {
    SecuritySettings none = settings(Map.of());

    assertEquals(SignInSettings.DEFAULT, none.signIn());
    assertEquals(new RateLimit(20, Duration.ofMinutes(1)), none.forms());
  }

  @Test
  void configuredValues_replaceTheDefaults() {
    SecuritySettings configured =
        settings(
            Map.of(
                "cluster.sign-in.address.max-failures", "50",
                "cluster.sign-in.address.window", "PT1H",
                "cluster.sign-in.account.free-failures", " 3 ",
                "cluster.sign-in.account.first-delay", "PT1S",
                "cluster.sign-in.account.max-delay", "PT1M",
                "cluster.sign-in.account.forget-after", "PT30M",
                "cluster.rate-limit.forms.permits", "5",
                "cluster.rate-limit.forms.window", "PT10S"));

    SignInSettings signIn = configured.signIn();
    assertEquals(50, signIn.addressMaxFailures());
    assertEquals(Duration.ofHours(1), signIn.addressWindow());
    assertEquals(3, signIn.accountPolicy().freeFailures());
    assertEquals(Duration.ofSeconds(1), signIn.accountPolicy().firstDelay());
    assertEquals(Duration.ofMinutes(1), signIn.accountPolicy().maxDelay());
    assertEquals(Duration.ofMinutes(30), signIn.accountPolicy().forgetAfter());
    assertEquals(new RateLimit(5, Duration.ofSeconds(10)), configured.forms());
  }

  @Test
  void malformedValues_failLoudly_insteadOfWeakeningALimit() {
    assertThrows(
        IllegalArgumentException.class,
        () -> settings(Map.of("cluster.rate-limit.forms.permits", "lots")).forms());
    assertThrows(
        IllegalArgumentException.class,
        () -> settings(Map.of("cluster.sign-in.account.max-delay", "5 minutes")).signIn());
    assertThrows(
        IllegalArgumentException.class,
        () -> settings(Map.of("cluster.sign-in.account.max-delay", "PT1S")).signIn());
    assertThrows(
        IllegalArgumentException.class,
        () -> settings(Map.of("cluster.rate-limit.forms.permits", "0")).forms());
  }
}
