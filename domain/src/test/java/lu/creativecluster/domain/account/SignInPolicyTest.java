package lu.creativecluster.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInPolicyTest {

  private final SignInPolicy policy =
      new SignInPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofMinutes(15));

  @Test
  void theFreeFailures_costNoWait() {
    assertEquals(Duration.ZERO, policy.delayAfter(0));
    assertEquals(Duration.ZERO, policy.delayAfter(2));
  }

  @Test
  void everyFurtherFailure_doublesTheWait_upToTheCap() {
    assertEquals(Duration.ofSeconds(2), policy.delayAfter(3));
    assertEquals(Duration.ofSeconds(4), policy.delayAfter(4));
    assertEquals(Duration.ofSeconds(8), policy.delayAfter(5));
    assertEquals(Duration.ofSeconds(16), policy.delayAfter(6));
    assertEquals(Duration.ofSeconds(30), policy.delayAfter(7));
    assertEquals(Duration.ofSeconds(30), policy.delayAfter(Integer.MAX_VALUE));
  }

  @Test
  void theDefault_startsAtTwoSecondsAfterFiveFailures_andStopsAtFiveMinutes() {
    assertEquals(Duration.ZERO, SignInPolicy.DEFAULT.delayAfter(4));
    assertEquals(Duration.ofSeconds(2), SignInPolicy.DEFAULT.delayAfter(5));
    assertEquals(Duration.ofMinutes(5), SignInPolicy.DEFAULT.delayAfter(100));
  }

  @Test
  void nonsensicalSettings_areRefused() {
    Duration s = Duration.ofSeconds(1);
    assertThrows(IllegalArgumentException.class, () -> new SignInPolicy(0, s, s, s));
    assertThrows(IllegalArgumentException.class, () -> new SignInPolicy(1, Duration.ZERO, s, s));
    assertThrows(
        IllegalArgumentException.class, () -> new SignInPolicy(1, s.multipliedBy(2), s, s));
    assertThrows(
        IllegalArgumentException.class, () -> new SignInPolicy(1, s, s.multipliedBy(2), s));
  }
}
