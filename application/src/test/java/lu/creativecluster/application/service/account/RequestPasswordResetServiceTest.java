package lu.creativecluster.application.service.account;

import static lu.creativecluster.application.service.account.AccountFixture.GOOD_PASSWORD;
import static lu.creativecluster.application.service.account.AccountFixture.OTHER_GOOD_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import lu.creativecluster.application.port.in.account.InvalidTokenException;
import lu.creativecluster.application.port.in.account.RequestPasswordResetCommand;
import lu.creativecluster.application.port.in.account.SetPasswordCommand;
import lu.creativecluster.application.port.in.account.SignInCommand;
import lu.creativecluster.application.port.in.account.SignInRefusedException;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class RequestPasswordResetServiceTest {

  private static final String EMAIL = "jane@example.lu";

  private final AccountFixture world = new AccountFixture();
  private final RequestPasswordResetService service = world.resetService();

  private static RequestPasswordResetCommand reset(String email) {
    return new RequestPasswordResetCommand(email, Language.DE, "203.0.113.9");
  }

  @Test
  void anActiveAccount_getsAResetMailInItsLanguage() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);

    service.requestReset(reset(" Jane@Example.lu"));
    world.deliverMail();

    assertEquals(1, world.sentMails().size());
    assertEquals(new Email(EMAIL), world.sentMails().get(0).to());
    assertEquals("password-reset/de", world.sentMails().get(0).subject());
    assertEquals(TokenPurpose.PASSWORD_RESET, world.tokens.all().get(0).purpose());
    assertEquals(
        LinkSecrets.hashOf(world.lastMailedSecret()), world.tokens.all().get(0).secretHash());
  }

  @Test
  void theResetLink_replacesThePasswordOnce() {
    Account jane = world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    service.requestReset(reset(EMAIL));
    world.deliverMail();
    String secret = world.lastMailedSecret();

    world.setPasswordService().setPassword(new SetPasswordCommand(secret, OTHER_GOOD_PASSWORD, ""));

    SignInService signIn = world.signInService();
    assertEquals(
        jane.id().toString(),
        signIn.signIn(new SignInCommand(EMAIL, OTHER_GOOD_PASSWORD, "a")).actor().id());
    assertThrows(
        SignInRefusedException.class,
        () -> signIn.signIn(new SignInCommand(EMAIL, GOOD_PASSWORD, "a")));
    SetPasswordCommand again = new SetPasswordCommand(secret, "yet another passphrase", "");
    assertThrows(InvalidTokenException.class, () -> world.setPasswordService().setPassword(again));
  }

  @Test
  void theResetLink_expiresAfterOneHour() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    service.requestReset(reset(EMAIL));
    world.deliverMail();
    world.clock.advance(Duration.ofHours(1));

    SetPasswordCommand late =
        new SetPasswordCommand(world.lastMailedSecret(), OTHER_GOOD_PASSWORD, "");
    assertThrows(InvalidTokenException.class, () -> world.setPasswordService().setPassword(late));
  }

  @Test
  void twentyFiveRequestsForOneAddress_sendAtMostThreeMailsAnHour_andEachIsAnsweredAlike() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);

    for (int i = 0; i < 25; i++) {
      // From 25 different addresses, so no per-client limit would stop them.
      service.requestReset(
          new RequestPasswordResetCommand(EMAIL, Language.DE, "203.0.113." + (i + 1)));
      world.clock.advance(Duration.ofSeconds(30));
      world.deliverMail();
    }

    assertEquals(3, world.sentMails().size());
    assertEquals(25, world.auditLog.withAction(AuditAction.PASSWORD_RESET_REQUESTED).size());
    assertEquals(3, world.tokens.all().size(), "no link was made for the refused requests");
  }

  @Test
  void theAccountLimit_freesUpAnHourAfterTheOldestMail() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    for (int i = 0; i < 3; i++) {
      service.requestReset(reset(EMAIL));
      world.clock.advance(Duration.ofMinutes(1));
    }
    service.requestReset(reset(EMAIL));
    assertEquals(3, world.outbox.mails().size());

    // An hour and a second after the first mail: only the second and third still count.
    world.clock.advance(Duration.ofHours(1).minusMinutes(3).plusSeconds(1));
    service.requestReset(reset(EMAIL));

    assertEquals(4, world.outbox.mails().size());
  }

  @Test
  void theAccountLimit_isPerAccount() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    world.active("joe@example.lu", Role.MEMBER, GOOD_PASSWORD);
    for (int i = 0; i < 5; i++) {
      service.requestReset(reset(EMAIL));
    }

    service.requestReset(reset("joe@example.lu"));

    assertEquals(
        1, world.outbox.linkMails().stream().filter(m -> m.to().value().startsWith("joe")).count());
  }

  @Test
  void anUnknownAddress_sendsNothingButIsAudited() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);

    service.requestReset(reset("nobody@example.lu"));

    assertTrue(world.outbox.mails().isEmpty());
    assertTrue(world.tokens.all().isEmpty());
    AuditEvent event = world.auditLog.last();
    assertEquals(AuditAction.PASSWORD_RESET_REQUESTED, event.action());
    assertEquals("visitor", event.actor());
    assertEquals("nobody@example.lu", event.target());
    assertEquals("203.0.113.9", event.sourceAddress());
  }

  @Test
  void anInvitedAccountWithoutPassword_getsNoResetMail() {
    world.accounts.add(
        Account.invite(
            AccountId.newId(), new Email(EMAIL), "Jane", Role.MEMBER, AccountFixture.START));

    service.requestReset(reset(EMAIL));

    assertTrue(world.outbox.mails().isEmpty());
  }

  @Test
  void aDisabledAccount_getsNoResetMail() {
    Account account = world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    Account stored = world.accounts.byId(account.id()).orElseThrow();
    stored.disable();
    world.accounts.update(stored);

    service.requestReset(reset(EMAIL));

    assertTrue(world.outbox.mails().isEmpty());
  }

  @Test
  void aMalformedAddressWithLineBreaks_sendsNothingAndCannotForgeAnAuditLine() {
    service.requestReset(reset("x@example.lu\r\n2026-01-01 admin sign-in.succeeded"));

    assertTrue(world.outbox.mails().isEmpty());
    String target = world.auditLog.last().target();
    assertFalse(target.contains("\r") || target.contains("\n"), target);
    assertTrue(target.startsWith("x@example.lu\\u000d\\u000a2026"), target);
  }
}
