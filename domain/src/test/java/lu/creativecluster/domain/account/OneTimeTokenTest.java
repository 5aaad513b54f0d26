package lu.creativecluster.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeTokenTest {

  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
  private static final String HASH = "a".repeat(64);

  @Test
  void aLinkWorksOnce() {
    OneTimeToken token =
        OneTimeToken.issue(AccountId.newId(), TokenPurpose.PASSWORD_RESET, HASH, T0);
    assertTrue(token.isUsableAt(T0.plusSeconds(10)));
    token.redeem(T0.plusSeconds(10));
    assertEquals(T0.plusSeconds(10), token.usedAt().orElseThrow());
    assertFalse(token.isUsableAt(T0.plusSeconds(11)));
    assertThrows(IllegalStateException.class, () -> token.redeem(T0.plusSeconds(11)));
  }

  @Test
  void aLinkExpiresAfterItsPurposesValidity() {
    OneTimeToken reset =
        OneTimeToken.issue(AccountId.newId(), TokenPurpose.PASSWORD_RESET, HASH, T0);
    assertEquals(T0.plus(Duration.ofHours(1)), reset.expiresAt());
    assertFalse(reset.isUsableAt(T0.plus(Duration.ofHours(1))));
    assertThrows(IllegalStateException.class, () -> reset.redeem(T0.plus(Duration.ofHours(2))));
    OneTimeToken invitation =
        OneTimeToken.issue(AccountId.newId(), TokenPurpose.INVITATION, HASH, T0);
    assertTrue(invitation.isUsableAt(T0.plus(Duration.ofDays(2))));
  }

  @Test
  void onlyAHexSha256IsKept() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OneTimeToken.issue(AccountId.newId(), TokenPurpose.INVITATION, "secret", T0));
  }
}
