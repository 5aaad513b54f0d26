package lu.creativecluster.application.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.account.AccountAlreadyExistsException;
import lu.creativecluster.application.port.in.account.InviteAccountCommand;
import lu.creativecluster.application.port.out.mail.LinkMail;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.OneTimeToken;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class InviteAccountServiceTest {

  private final AccountFixture world = new AccountFixture();
  private final InviteAccountService service = world.inviteService();

  private static InviteAccountCommand invite(Actor actor, String email, Role role) {
    return new InviteAccountCommand(
        actor, new Email(email), "Jane Doe", role, Language.FR, "198.51.100.4");
  }

  @Test
  void staffInviteAMember_accountWaitsForItsPasswordAndALinkIsMailed() {
    Account invited =
        service.invite(invite(AccountFixture.staff(), "jane@example.lu", Role.MEMBER));

    Account stored = world.accounts.stored("jane@example.lu");
    assertEquals(invited.id(), stored.id());
    assertEquals(AccountStatus.INVITED, stored.status());
    assertEquals(Role.MEMBER, stored.role());
    assertTrue(stored.passwordHash().isEmpty());
    assertEquals(
        List.of(
            new LinkMail(
                TokenPurpose.INVITATION,
                invited.id(),
                new Email("jane@example.lu"),
                "Jane Doe",
                Language.FR)),
        world.outbox.mails());

    world.clock.advance(Duration.ofMinutes(2));
    assertEquals(1, world.deliverMail());

    assertEquals(new Email("jane@example.lu"), world.sentMails().get(0).to());
    assertEquals("invitation/fr", world.sentMails().get(0).subject());
    OneTimeToken token = world.tokens.all().get(0);
    assertEquals(TokenPurpose.INVITATION, token.purpose());
    assertEquals(invited.id(), token.accountId());
    assertEquals(
        AccountFixture.START.plus(Duration.ofMinutes(2)).plus(TokenPurpose.INVITATION.validity()),
        token.expiresAt(),
        "valid for 3 days from the moment the mail went out");
  }

  @Test
  void invitation_keepsNoLinkAtRest_untilTheMailIsSent() {
    service.invite(invite(AccountFixture.admin(), "boss@example.lu", Role.ADMIN));

    assertTrue(world.tokens.all().isEmpty(), "no link exists before the mail goes out");
    assertInstanceOf(LinkMail.class, world.outbox.mails().get(0), "the outbox holds no text");
    world.deliverMail();
    String secret = world.lastMailedSecret();
    assertFalse(
        world.outbox.mails().get(0).toString().contains(secret),
        "the secret is in no stored field");
  }

  @Test
  void invitation_storesOnlyTheSha256OfTheMailedSecret() {
    service.invite(invite(AccountFixture.staff(), "jane@example.lu", Role.MEMBER));
    world.deliverMail();

    String secret = world.lastMailedSecret();
    String stored = world.tokens.all().get(0).secretHash();
    assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), "32 random bytes, base64url: " + secret);
    assertNotEquals(secret, stored);
    assertEquals(LinkSecrets.hashOf(secret), stored);
    assertFalse(world.sentMails().get(0).body().contains(stored));
  }

  @Test
  void invitation_isAuditedWithTheInviterTheAddressAndTheSource() {
    Actor staff = AccountFixture.staff();
    service.invite(invite(staff, "jane@example.lu", Role.MEMBER));

    AuditEvent event = world.auditLog.last();
    assertEquals(AuditAction.ACCOUNT_INVITED, event.action());
    assertEquals("person:" + staff.id(), event.actor());
    assertEquals("jane@example.lu", event.target());
    assertEquals("198.51.100.4", event.sourceAddress());
    assertEquals(AccountFixture.START, event.at());
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"STAFF", "ADMIN"})
  void staffWhoAreNotAdmins_mayNotInviteStaffOrAdmins(Role role) {
    InviteAccountCommand command = invite(AccountFixture.staff(), "jane@example.lu", role);

    assertThrows(AccessDeniedException.class, () -> service.invite(command));
    assertNothingHappened();
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void admins_mayInviteEveryRole(Role role) {
    service.invite(invite(AccountFixture.admin(), "jane@example.lu", role));

    assertEquals(role, world.accounts.stored("jane@example.lu").role());
  }

  @Test
  void anActorHoldingOnlyTheAdminRole_isTreatedAsAdmin() {
    service.invite(invite(AccountFixture.person(Role.ADMIN), "jane@example.lu", Role.STAFF));

    assertEquals(Role.STAFF, world.accounts.stored("jane@example.lu").role());
  }

  static Stream<Arguments> outsiders() {
    return Stream.of(
        Arguments.of(Actor.visitor()),
        Arguments.of(AccountFixture.member()),
        Arguments.of(Actor.partner("ministry", Set.of("members:read", "cooperation:write"))));
  }

  @ParameterizedTest
  @MethodSource("outsiders")
  void visitorsMembersAndPartners_mayNotInviteAnyone(Actor outsider) {
    InviteAccountCommand command = invite(outsider, "jane@example.lu", Role.MEMBER);

    assertThrows(AccessDeniedException.class, () -> service.invite(command));
    assertNothingHappened();
  }

  @Test
  void anAddressThatHasAnAccount_isRefusedWhateverItsCase() {
    world.active("jane@example.lu", Role.MEMBER, AccountFixture.GOOD_PASSWORD);
    InviteAccountCommand command = invite(AccountFixture.staff(), " Jane@Example.LU ", Role.MEMBER);

    assertThrows(AccountAlreadyExistsException.class, () -> service.invite(command));
    assertTrue(world.outbox.mails().isEmpty());
    assertTrue(world.tokens.all().isEmpty());
  }

  @Test
  void aDuplicateCaughtByStorage_isReportedAsAnExistingAccount() {
    // Another invitation for the same address is stored between the check and the insert.
    world.accounts.beforeNextAdd(
        () ->
            world.accounts.add(
                Account.invite(
                    AccountId.newId(),
                    new Email("jane@example.lu"),
                    "Racer",
                    Role.MEMBER,
                    AccountFixture.START)));
    InviteAccountCommand command = invite(AccountFixture.staff(), "jane@example.lu", Role.MEMBER);

    assertThrows(AccountAlreadyExistsException.class, () -> service.invite(command));
    assertTrue(world.outbox.mails().isEmpty());
  }

  private void assertNothingHappened() {
    assertEquals(0, world.accounts.count());
    assertTrue(world.tokens.all().isEmpty());
    assertTrue(world.outbox.mails().isEmpty());
    assertTrue(world.auditLog.events().isEmpty());
  }
}
