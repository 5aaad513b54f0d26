package lu.creativecluster.adapter.webui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInFormTest {

  @Test
  void theWait_isShownInWholeMinutes_roundedUp() {
    assertEquals(15, SignInForm.minutesToWait(Duration.ofMinutes(15)));
    assertEquals(15, SignInForm.minutesToWait(Duration.ofMinutes(14).plusSeconds(1)));
    assertEquals(2, SignInForm.minutesToWait(Duration.ofSeconds(61)));
    assertEquals(1, SignInForm.minutesToWait(Duration.ofMillis(1500)));
  }

  @Test
  void aMissingOrSpentWait_stillSaysOneMinute_neverZero() {
    assertEquals(1, SignInForm.minutesToWait(null));
    assertEquals(1, SignInForm.minutesToWait(Duration.ZERO));
    assertEquals(1, SignInForm.minutesToWait(Duration.ofSeconds(-5)));
  }
}
