package lu.creativecluster.application.service.account;

import static lu.creativecluster.application.service.account.AccountFixture.GOOD_PASSWORD;
import static lu.creativecluster.application.service.account.AccountFixture.OTHER_GOOD_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import lu.creativecluster.application.port.in.account.InvalidTokenException;
import lu.creativecluster.application.port.in.account.InviteAccountCommand;
import lu.creativecluster.application.port.in.account.RequestPasswordResetCommand;
import lu.creativecluster.application.port.in.account.SetPasswordCommand;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** The delivery of link mails: the link is made when the mail goes out, and only then. */
class LinkMailDeliveryTest {

  private static final String EMAIL = "jane@example.lu";

  private final AccountFixture world = new AccountFixture();

  private void invite() {
    world
        .inviteService()
        .invite(
            new InviteAccountCommand(
                AccountFixture.admin(), new Email(EMAIL), "Jane", Role.ADMIN, Language.EN, ""));
  }

  private void setPassword(String secret, String password) {
    world.setPasswordService().setPassword(new SetPasswordCommand(secret, password, ""));
  }

  @Test
  void aRefusedSend_leavesNoLink_andTheRetryMailsAFreshOne() {
    invite();
    world.mailer.refuse(new Email(EMAIL));

    assertEquals(0, world.deliverMail());
    assertTrue(world.tokens.all().isEmpty(), "the link of the unsent mail is gone");

    world.mailer.accept(new Email(EMAIL));
    world.clock.advance(Duration.ofMinutes(1));
    assertEquals(1, world.deliverMail());
    assertEquals(1, world.tokens.all().size());
    setPassword(world.lastMailedSecret(), GOOD_PASSWORD);
    assertEquals(AccountStatus.ACTIVE, world.accounts.stored(EMAIL).status());
  }

  @Test
  void aDeliveredLinkMail_isNotSentAgain() {
    invite();
    world.deliverMail();

    world.clock.advance(Duration.ofDays(1));
    assertEquals(0, world.deliverMail());
    assertEquals(1, world.sentMails().size());
  }

  @Test
  void anInvitationForADisabledAccount_isWithdrawnUnsent() {
    invite();
    Account jane = world.accounts.stored(EMAIL);
    jane.disable();
    world.accounts.update(jane);

    assertEquals(0, world.deliverMail());

    assertTrue(world.sentMails().isEmpty());
    assertTrue(world.tokens.all().isEmpty());
    assertTrue(world.outbox.mails().isEmpty());
  }

  @Test
  void eachMailGetsItsOwnSecret() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    RequestPasswordResetService reset = world.resetService();
    reset.requestReset(new RequestPasswordResetCommand(EMAIL, Language.EN, ""));
    reset.requestReset(new RequestPasswordResetCommand(EMAIL, Language.EN, ""));

    world.deliverMail();

    assertNotEquals(
        FakeMailTemplates.secretIn(world.sentMails().get(0)),
        FakeMailTemplates.secretIn(world.sentMails().get(1)));
  }

  @Test
  void settingThePassword_endsTheOtherLinksOfTheAccount() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    RequestPasswordResetService reset = world.resetService();
    reset.requestReset(new RequestPasswordResetCommand(EMAIL, Language.EN, ""));
    world.deliverMail();
    String older = world.lastMailedSecret();
    reset.requestReset(new RequestPasswordResetCommand(EMAIL, Language.EN, ""));
    world.deliverMail();
    String newer = world.lastMailedSecret();

    setPassword(newer, OTHER_GOOD_PASSWORD);

    assertThrows(InvalidTokenException.class, () -> setPassword(older, "an attacker's choice!"));
    assertTrue(
        world.hasher.matches(
            OTHER_GOOD_PASSWORD, world.accounts.stored(EMAIL).passwordHash().orElseThrow()));
  }

  @Test
  void settingThePassword_withdrawsALinkMailStillWaiting() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    RequestPasswordResetService reset = world.resetService();
    reset.requestReset(new RequestPasswordResetCommand(EMAIL, Language.EN, ""));
    world.deliverMail();
    String sent = world.lastMailedSecret();
    world.mailer.refuse(new Email(EMAIL));
    reset.requestReset(new RequestPasswordResetCommand(EMAIL, Language.EN, ""));
    world.deliverMail();

    setPassword(sent, OTHER_GOOD_PASSWORD);
    world.mailer.accept(new Email(EMAIL));
    world.clock.advance(Duration.ofHours(2));

    assertEquals(0, world.deliverMail(), "the waiting reset mail was withdrawn");
    assertEquals(1, world.sentMails().size());
    assertTrue(world.tokens.all().stream().allMatch(t -> t.usedAt().isPresent()));
  }
}
