package lu.creativecluster.application.service.account;

import static lu.creativecluster.application.service.account.AccountFixture.GOOD_PASSWORD;
import static lu.creativecluster.application.service.account.AccountFixture.OTHER_GOOD_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import lu.creativecluster.application.port.in.account.InvalidTokenException;
import lu.creativecluster.application.port.in.account.InviteAccountCommand;
import lu.creativecluster.application.port.in.account.PasswordSet;
import lu.creativecluster.application.port.in.account.RequestPasswordResetCommand;
import lu.creativecluster.application.port.in.account.SetPasswordCommand;
import lu.creativecluster.application.port.in.account.SignInCommand;
import lu.creativecluster.application.port.in.account.SignedInPerson;
import lu.creativecluster.application.port.in.account.WeakPasswordException;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SetPasswordServiceTest {

  private static final String EMAIL = "jane@example.lu";

  private final AccountFixture world = new AccountFixture();
  private final SetPasswordService service = world.setPasswordService();
  private Account invited;
  private String secret;

  @BeforeEach
  void inviteJane() {
    invited =
        world
            .inviteService()
            .invite(
                new InviteAccountCommand(
                    AccountFixture.staff(),
                    new Email(EMAIL),
                    "Jane Doe",
                    Role.MEMBER,
                    Language.EN,
                    "198.51.100.4"));
    world.deliverMail();
    secret = world.lastMailedSecret();
  }

  private static SetPasswordCommand set(String secret, String password) {
    return new SetPasswordCommand(secret, password, "203.0.113.9");
  }

  @Test
  void theInvitationLink_activatesTheAccountWithAHashedPassword() {
    service.setPassword(set(secret, GOOD_PASSWORD));

    Account stored = world.accounts.stored(EMAIL);
    assertEquals(AccountStatus.ACTIVE, stored.status());
    assertFalse(stored.passwordHash().orElseThrow().encoded().contains(GOOD_PASSWORD));
    assertTrue(world.hasher.matches(GOOD_PASSWORD, stored.passwordHash().orElseThrow()));
    assertTrue(world.tokens.all().get(0).usedAt().isPresent());
  }

  @Test
  void afterSettingThePassword_thePersonSignsInWithIt() {
    service.setPassword(set(secret, GOOD_PASSWORD));

    Actor actor =
        world
            .signInService()
            .signIn(new SignInCommand(EMAIL, GOOD_PASSWORD, "203.0.113.9"))
            .actor();
    assertEquals(invited.id().toString(), actor.id());
  }

  @Test
  void aNewPassword_endsTheSessionsStartedBefore_andTellsTheNewVersion() {
    service.setPassword(set(secret, GOOD_PASSWORD));
    SignedInPerson session =
        world.signInService().signIn(new SignInCommand(EMAIL, GOOD_PASSWORD, "203.0.113.9"));
    ConfirmSessionService confirm = new ConfirmSessionService(world.accounts);
    assertTrue(confirm.isCurrent(session.actor().id(), session.sessionVersion()));
    world
        .resetService()
        .requestReset(new RequestPasswordResetCommand(EMAIL, Language.EN, "203.0.113.9"));
    world.deliverMail();

    PasswordSet set = service.setPassword(set(world.lastMailedSecret(), OTHER_GOOD_PASSWORD));

    assertEquals(invited.id(), set.accountId());
    assertFalse(confirm.isCurrent(session.actor().id(), session.sessionVersion()));
    assertTrue(confirm.isCurrent(session.actor().id(), set.sessionVersion()));
  }

  @Test
  void aCommonPassword_isRefusedWhateverItsLength_andTheLinkKeepsWorking() {
    WeakPasswordException e =
        assertThrows(
            WeakPasswordException.class,
            () -> service.setPassword(set(secret, FakeCommonPasswords.COMMON.toUpperCase())));

    assertEquals("common", e.reason());
    assertEquals(AccountStatus.INVITED, world.accounts.stored(EMAIL).status());
    service.setPassword(set(secret, GOOD_PASSWORD));
  }

  @Test
  void theLinkWorksOnceAndOnlyOnce() {
    service.setPassword(set(secret, GOOD_PASSWORD));

    SetPasswordCommand again = set(secret, OTHER_GOOD_PASSWORD);
    assertThrows(InvalidTokenException.class, () -> service.setPassword(again));
    Account stored = world.accounts.stored(EMAIL);
    assertTrue(world.hasher.matches(GOOD_PASSWORD, stored.passwordHash().orElseThrow()));
  }

  @Test
  void theLinkUsedTwiceAtOnce_worksForOneRequestOnly() {
    AtomicReference<RuntimeException> secondOutcome = new AtomicReference<>();
    // While the first request hashes its password, a second one uses the same link.
    world.hasher.duringNextHash(
        () -> {
          try {
            service.setPassword(set(secret, OTHER_GOOD_PASSWORD));
          } catch (RuntimeException e) {
            secondOutcome.set(e);
          }
        });

    SetPasswordCommand first = set(secret, GOOD_PASSWORD);
    assertThrows(ConcurrentUpdateException.class, () -> service.setPassword(first));
    assertEquals(null, secondOutcome.get(), "the second request went through");
    Account stored = world.accounts.stored(EMAIL);
    assertTrue(world.hasher.matches(OTHER_GOOD_PASSWORD, stored.passwordHash().orElseThrow()));
    assertEquals(1, world.auditLog.withAction(AuditAction.PASSWORD_SET).size());
  }

  @Test
  void anExpiredLink_isRefused() {
    world.clock.advance(TokenPurpose.INVITATION.validity());

    SetPasswordCommand late = set(secret, GOOD_PASSWORD);
    assertThrows(InvalidTokenException.class, () -> service.setPassword(late));
    assertEquals(AccountStatus.INVITED, world.accounts.stored(EMAIL).status());
  }

  @Test
  void aLinkJustBeforeItExpires_stillWorks() {
    world.clock.advance(TokenPurpose.INVITATION.validity().minus(Duration.ofSeconds(1)));

    service.setPassword(set(secret, GOOD_PASSWORD));

    assertEquals(AccountStatus.ACTIVE, world.accounts.stored(EMAIL).status());
  }

  @Test
  void aWeakPassword_isRefusedAndLeavesTheLinkUsable() {
    WeakPasswordException refused =
        assertThrows(WeakPasswordException.class, () -> service.setPassword(set(secret, "short")));
    assertEquals("too-short", refused.reason());
    assertTrue(world.tokens.all().get(0).usedAt().isEmpty());

    service.setPassword(set(secret, GOOD_PASSWORD));
    assertEquals(AccountStatus.ACTIVE, world.accounts.stored(EMAIL).status());
  }

  @Test
  void anUnknownSecret_isRefused() {
    SetPasswordCommand forged = set(LinkSecrets.newSecret(), GOOD_PASSWORD);

    assertThrows(InvalidTokenException.class, () -> service.setPassword(forged));
  }

  @Test
  void theStoredHashItself_doesNotWorkAsALink() {
    String storedHash = world.tokens.all().get(0).secretHash();

    SetPasswordCommand fromDatabaseCopy = set(storedHash, GOOD_PASSWORD);
    assertThrows(InvalidTokenException.class, () -> service.setPassword(fromDatabaseCopy));
  }

  @Test
  void aLinkOfADisabledAccount_isRefused() {
    Account account = world.accounts.stored(EMAIL);
    account.disable();
    world.accounts.update(account);

    SetPasswordCommand command = set(secret, GOOD_PASSWORD);
    assertThrows(InvalidTokenException.class, () -> service.setPassword(command));
    assertTrue(world.tokens.all().get(0).usedAt().isEmpty());
  }

  @Test
  void settingThePassword_isAuditedAsThePersonItself() {
    service.setPassword(set(secret, GOOD_PASSWORD));

    AuditEvent event = world.auditLog.last();
    assertEquals(AuditAction.PASSWORD_SET, event.action());
    assertEquals("person:" + invited.id(), event.actor());
    assertEquals(EMAIL, event.target());
    assertEquals("203.0.113.9", event.sourceAddress());
  }
}
