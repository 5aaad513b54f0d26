package lu.creativecluster.application.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import lu.creativecluster.domain.account.SignInPolicy;
import org.junit.jupiter.api.Test;

class SubmittedAddressFailuresTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final SignInPolicy POLICY =
      new SignInPolicy(2, Duration.ofSeconds(10), Duration.ofSeconds(40), Duration.ofMinutes(5));

  @Test
  void parallelAttempts_cannotShareOneFreeSlot() {
    SubmittedAddressFailures failures = new SubmittedAddressFailures(POLICY, 100);

    assertTrue(failures.admit("a@b.lu", T0));
    assertTrue(failures.admit("a@b.lu", T0));
    // Two attempts in flight, none answered yet: the third waits.
    assertFalse(failures.admit("a@b.lu", T0));
    assertTrue(failures.admit("a@b.lu", T0.plusSeconds(10)));
    assertFalse(failures.admit("a@b.lu", T0.plusSeconds(29)));
    assertTrue(failures.admit("a@b.lu", T0.plusSeconds(30)));
  }

  @Test
  void aSuccess_forgivesTheAddress() {
    SubmittedAddressFailures failures = new SubmittedAddressFailures(POLICY, 100);
    failures.admit("a@b.lu", T0);
    failures.admit("a@b.lu", T0);

    failures.succeeded("a@b.lu");

    assertEquals(0, failures.failuresOf("a@b.lu"));
    assertTrue(failures.admit("a@b.lu", T0));
  }

  @Test
  void theTableIsBounded_andForgetsOldFailures() {
    SubmittedAddressFailures failures = new SubmittedAddressFailures(POLICY, 3);
    for (int i = 0; i < 10; i++) {
      failures.admit("guess" + i + "@b.lu", T0);
    }
    assertEquals(3, failures.trackedAddresses());

    failures.admit("late@b.lu", T0.plus(Duration.ofMinutes(5)));
    assertEquals(1, failures.trackedAddresses());
  }

  @Test
  void theKey_ignoresCaseAndSurroundingSpace_andIsBounded() {
    assertEquals("anna@studio.lu", SubmittedAddressFailures.keyOf("  Anna@Studio.LU "));
    assertEquals(254, SubmittedAddressFailures.keyOf("x".repeat(10_000)).length());
  }
}
