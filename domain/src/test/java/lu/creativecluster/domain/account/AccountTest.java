package lu.creativecluster.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import lu.creativecluster.domain.shared.Email;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
  private static final PasswordHash HASH = new PasswordHash("pbkdf2-sha256$210000$c2FsdA$aGFzaA");
  private static final SignInPolicy POLICY = new SignInPolicy(3, Duration.ofMinutes(15));

  private static Account invited(Role role) {
    return Account.invite(AccountId.newId(), new Email("anna@studio.lu"), " Anna ", role, T0);
  }

  @Test
  void anInvitedAccount_cannotSignIn_untilAPasswordIsSet() {
    Account account = invited(Role.MEMBER);
    assertEquals(AccountStatus.INVITED, account.status());
    assertEquals("Anna", account.displayName());
    assertFalse(account.canSignInAt(T0));
    account.setPassword(HASH);
    assertEquals(AccountStatus.ACTIVE, account.status());
    assertTrue(account.canSignInAt(T0));
  }

  @Test
  void anAdmin_isAlsoStaff_aMemberIsOnlyAMember() {
    assertEquals(Set.of(Role.ADMIN, Role.STAFF), invited(Role.ADMIN).roles());
    assertEquals(Set.of(Role.MEMBER), invited(Role.MEMBER).roles());
  }

  @Test
  void repeatedFailures_lockTheAccountForThePolicyDuration_thenItMayTryAgain() {
    Account account = invited(Role.STAFF);
    account.setPassword(HASH);
    account.signInFailed(T0, POLICY);
    account.signInFailed(T0.plusSeconds(1), POLICY);
    assertTrue(account.canSignInAt(T0.plusSeconds(2)));
    account.signInFailed(T0.plusSeconds(2), POLICY);
    assertTrue(account.isLockedAt(T0.plusSeconds(3)));
    assertFalse(account.canSignInAt(T0.plusSeconds(3)));
    assertEquals(
        T0.plusSeconds(2).plus(Duration.ofMinutes(15)), account.lockedUntil().orElseThrow());
    Instant afterLock = T0.plus(Duration.ofMinutes(16));
    assertTrue(account.canSignInAt(afterLock));
    account.signInFailed(afterLock, POLICY);
    assertEquals(1, account.failedSignIns());
    assertFalse(account.isLockedAt(afterLock));
  }

  @Test
  void aSuccessfulSignIn_resetsTheFailures() {
    Account account = invited(Role.MEMBER);
    account.setPassword(HASH);
    account.signInFailed(T0, POLICY);
    account.signedIn(T0.plusSeconds(5));
    assertEquals(0, account.failedSignIns());
    assertEquals(T0.plusSeconds(5), account.lastSignInAt().orElseThrow());
  }

  @Test
  void signedIn_whileLocked_isAProgrammingError() {
    Account account = invited(Role.MEMBER);
    account.setPassword(HASH);
    for (int i = 0; i < 3; i++) {
      account.signInFailed(T0, POLICY);
    }
    assertThrows(IllegalStateException.class, () -> account.signedIn(T0.plusSeconds(1)));
  }

  @Test
  void aDisabledAccount_cannotSignIn_norSetAPassword() {
    Account account = invited(Role.MEMBER);
    account.setPassword(HASH);
    account.disable();
    assertFalse(account.canSignInAt(T0));
    assertThrows(IllegalStateException.class, () -> account.setPassword(HASH));
  }

  @Test
  void settingAPassword_unlocks() {
    Account account = invited(Role.MEMBER);
    account.setPassword(HASH);
    for (int i = 0; i < 3; i++) {
      account.signInFailed(T0, POLICY);
    }
    account.setPassword(HASH);
    assertTrue(account.canSignInAt(T0.plusSeconds(1)));
  }

  @Test
  void displayNames_areBoundedAndPrintable() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Account.invite(AccountId.newId(), new Email("a@b.lu"), " ", Role.MEMBER, T0));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Account.invite(
                AccountId.newId(), new Email("a@b.lu"), "x".repeat(121), Role.MEMBER, T0));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Account.invite(AccountId.newId(), new Email("a@b.lu"), "Anna\nAdmin", Role.MEMBER, T0));
  }

  @Test
  void anActiveAccountWithoutPassword_cannotBeReconstituted() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Account.reconstitute(
                AccountId.newId(),
                new Email("a@b.lu"),
                "A",
                Role.MEMBER,
                AccountStatus.ACTIVE,
                null,
                0,
                null,
                null,
                T0,
                1));
  }

  @Test
  void aPasswordHash_neverPrintsItsValue() {
    assertFalse(HASH.toString().contains("aGFzaA"));
  }
}
