package lu.creativecluster.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import lu.creativecluster.domain.shared.Email;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
  private static final PasswordHash HASH = new PasswordHash("pbkdf2-sha256$210000$c2FsdA$aGFzaA");

  private static Account invited(Role role) {
    return Account.invite(AccountId.newId(), new Email("anna@studio.lu"), " Anna ", role, T0);
  }

  @Test
  void anInvitedAccount_cannotSignIn_untilAPasswordIsSet() {
    Account account = invited(Role.MEMBER);
    assertEquals(AccountStatus.INVITED, account.status());
    assertEquals("Anna", account.displayName());
    assertFalse(account.canSignIn());
    account.setPassword(HASH);
    assertEquals(AccountStatus.ACTIVE, account.status());
    assertTrue(account.canSignIn());
  }

  @Test
  void anAdmin_isAlsoStaff_aMemberIsOnlyAMember() {
    assertEquals(Set.of(Role.ADMIN, Role.STAFF), invited(Role.ADMIN).roles());
    assertEquals(Set.of(Role.MEMBER), invited(Role.MEMBER).roles());
  }

  @Test
  void aDisabledAccount_cannotSignIn_norSetAPassword() {
    Account account = invited(Role.MEMBER);
    account.setPassword(HASH);
    account.disable();
    assertFalse(account.canSignIn());
    assertThrows(IllegalStateException.class, () -> account.setPassword(HASH));
  }

  @Test
  void aSignIn_recordsWhen_andLeavesTheSessionVersion() {
    Account account = invited(Role.MEMBER);
    account.setPassword(HASH);
    long version = account.sessionVersion();
    account.signedIn(T0.plusSeconds(5));
    assertEquals(T0.plusSeconds(5), account.lastSignInAt().orElseThrow());
    assertTrue(account.acceptsSessionOf(version));
  }

  @Test
  void signedIn_onAnInvitedAccount_isAProgrammingError() {
    assertThrows(IllegalStateException.class, () -> invited(Role.MEMBER).signedIn(T0));
  }

  @Test
  void anotherPassword_endsTheSessionsStartedBefore() {
    Account account = invited(Role.MEMBER);
    account.setPassword(HASH);
    long before = account.sessionVersion();
    account.setPassword(new PasswordHash("pbkdf2-sha256$600000$c2FsdA$bmV1"));
    assertFalse(account.acceptsSessionOf(before));
    assertTrue(account.acceptsSessionOf(account.sessionVersion()));
  }

  @Test
  void disabling_endsEverySession() {
    Account account = invited(Role.STAFF);
    account.setPassword(HASH);
    long version = account.sessionVersion();
    account.disable();
    assertFalse(account.acceptsSessionOf(version));
    assertFalse(account.acceptsSessionOf(account.sessionVersion()));
  }

  @Test
  void anotherRole_endsTheSessions_theSameRoleChangesNothing() {
    Account account = invited(Role.ADMIN);
    account.setPassword(HASH);
    long version = account.sessionVersion();
    account.changeRole(Role.ADMIN);
    assertTrue(account.acceptsSessionOf(version));
    account.changeRole(Role.MEMBER);
    assertEquals(Set.of(Role.MEMBER), account.roles());
    assertFalse(account.acceptsSessionOf(version));
  }

  @Test
  void aStrongerHashOfTheSamePassword_keepsTheSessions() {
    Account account = invited(Role.MEMBER);
    account.setPassword(HASH);
    long version = account.sessionVersion();
    PasswordHash stronger = new PasswordHash("pbkdf2-sha256$600000$c2FsdA$c3Ryb25n");
    account.rehashPassword(stronger);
    assertEquals(stronger, account.passwordHash().orElseThrow());
    assertTrue(account.acceptsSessionOf(version));
    assertThrows(IllegalStateException.class, () -> invited(Role.MEMBER).rehashPassword(stronger));
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
                T0,
                1));
  }

  @Test
  void aPasswordHash_neverPrintsItsValue() {
    assertFalse(HASH.toString().contains("aGFzaA"));
  }
}
