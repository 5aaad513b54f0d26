package lu.creativecluster.application.service.account;

import static lu.creativecluster.application.service.account.AccountFixture.GOOD_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.account.SignInCommand;
import lu.creativecluster.application.port.in.account.SignInRefusedException;
import lu.creativecluster.application.port.in.account.SignInRefusedException.Reason;
import lu.creativecluster.application.port.in.account.SignInSettings;
import lu.creativecluster.application.port.in.account.SignedInPerson;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.account.SignInPolicy;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.shared.Email;
import org.junit.jupiter.api.Test;

class SignInServiceTest {

  private static final String EMAIL = "admin@example.lu";
  private static final String WRONG = "not the password at all";
  private static final String HOME = "198.51.100.4";

  private final AccountFixture world = new AccountFixture();
  private final SignInService service = world.signInService();

  private static SignInCommand signIn(String email, String password, String address) {
    return new SignInCommand(email, password, address);
  }

  private SignInRefusedException refused(SignInService signIn, SignInCommand command) {
    return assertThrows(SignInRefusedException.class, () -> signIn.signIn(command));
  }

  @Test
  void theRightPassword_returnsThePersonWithEveryRoleItHolds() {
    Account admin = world.active(EMAIL, Role.ADMIN, GOOD_PASSWORD);

    Actor actor = service.signIn(signIn(EMAIL, GOOD_PASSWORD, HOME)).actor();

    assertEquals(Actor.Kind.PERSON, actor.kind());
    assertEquals(admin.id().toString(), actor.id());
    assertEquals(admin.displayName(), actor.displayName());
    assertEquals(Set.of(Role.ADMIN, Role.STAFF), actor.roles());
    assertEquals(Optional.of(AccountFixture.START), world.accounts.stored(EMAIL).lastSignInAt());
  }

  @Test
  void theAddressIsMatchedWhateverItsCase_andAuditedAsTyped() {
    Account admin = world.active(EMAIL, Role.ADMIN, GOOD_PASSWORD);

    service.signIn(signIn(" Admin@Example.LU", GOOD_PASSWORD, HOME));

    AuditEvent event = world.auditLog.last();
    assertEquals(AuditAction.SIGN_IN_SUCCEEDED, event.action());
    assertEquals("person:" + admin.id(), event.actor());
    assertEquals("Admin@Example.LU", event.target());
    assertEquals(HOME, event.sourceAddress());
  }

  @Test
  void aWrongPassword_isRefusedAsInvalid_andAudited_withoutWritingTheAccount() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);

    SignInRefusedException e = refused(service, signIn(EMAIL, WRONG, HOME));

    assertEquals(Reason.INVALID_CREDENTIALS, e.reason());
    assertTrue(e.retryAfter().isEmpty());
    assertEquals(0, world.accounts.updates());
    AuditEvent event = world.auditLog.last();
    assertEquals(AuditAction.SIGN_IN_FAILED, event.action());
    assertEquals("visitor", event.actor());
    assertEquals(EMAIL, event.target());
    assertEquals(HOME, event.sourceAddress());
  }

  @Test
  void anUnknownAddress_costsAHashVerificationLikeAKnownOne() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    service.signIn(signIn(EMAIL, GOOD_PASSWORD, HOME));
    int forKnown = world.hasher.verifications();

    SignInRefusedException e = refused(service, signIn("nobody@example.lu", WRONG, HOME));

    assertEquals(Reason.INVALID_CREDENTIALS, e.reason());
    assertEquals(forKnown * 2, world.hasher.verifications());
    assertEquals(AuditAction.SIGN_IN_FAILED, world.auditLog.last().action());
  }

  @Test
  void aMalformedAddress_isRefusedAsInvalid() {
    SignInRefusedException e = refused(service, signIn("not an address", WRONG, HOME));

    assertEquals(Reason.INVALID_CREDENTIALS, e.reason());
    assertEquals(1, world.hasher.verifications());
  }

  @Test
  void anInvitedAccount_cannotSignInYet() {
    world.accounts.add(
        Account.invite(
            AccountId.newId(), new Email(EMAIL), "Jane", Role.MEMBER, AccountFixture.START));

    SignInRefusedException e = refused(service, signIn(EMAIL, "", HOME));

    assertEquals(Reason.INVALID_CREDENTIALS, e.reason());
    assertEquals(1, world.hasher.verifications());
  }

  @Test
  void aDisabledAccount_isRefusedEvenWithTheRightPassword() {
    Account account = world.active(EMAIL, Role.STAFF, GOOD_PASSWORD);
    Account stored = world.accounts.byId(account.id()).orElseThrow();
    stored.disable();
    world.accounts.update(stored);

    SignInRefusedException e = refused(service, signIn(EMAIL, GOOD_PASSWORD, HOME));

    assertEquals(Reason.INVALID_CREDENTIALS, e.reason());
    assertEquals(AuditAction.SIGN_IN_FAILED, world.auditLog.last().action());
  }

  /** Five wrong passwords for an address, each from another client, a minute apart. */
  private void fiveFailuresFor(String email) {
    for (int i = 0; i < SignInPolicy.DEFAULT.freeFailures(); i++) {
      refused(service, signIn(email, WRONG, "203.0.113." + i));
      world.clock.advance(Duration.ofMinutes(1));
    }
    world.clock.advance(Duration.ofMinutes(-1));
  }

  @Test
  void afterFiveWrongPasswords_furtherAttemptsWait_lookingAndCostingExactlyLikeAWrongPassword() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    fiveFailuresFor(EMAIL);
    int verifications = world.hasher.verifications();

    SignInRefusedException e = refused(service, signIn(EMAIL, GOOD_PASSWORD, HOME));

    assertEquals(Reason.INVALID_CREDENTIALS, e.reason());
    assertTrue(e.retryAfter().isEmpty(), "the wait is not revealed");
    assertEquals(verifications + 1, world.hasher.verifications(), "a hash is spent all the same");
    assertEquals(AuditAction.SIGN_IN_REFUSED_THROTTLED, world.auditLog.last().action());
    assertEquals(EMAIL, world.auditLog.last().target());
  }

  @Test
  void anUnknownAddress_isDelayedExactlyLikeAKnownOne() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    fiveFailuresFor(EMAIL);
    fiveFailuresFor("nobody@example.lu");
    int before = world.hasher.verifications();

    SignInRefusedException known = refused(service, signIn(EMAIL, WRONG, HOME));
    SignInRefusedException unknown = refused(service, signIn("nobody@example.lu", WRONG, HOME));

    assertEquals(known.reason(), unknown.reason());
    assertEquals(known.retryAfter(), unknown.retryAfter());
    assertEquals(before + 2, world.hasher.verifications());
    assertEquals(AuditAction.SIGN_IN_REFUSED_THROTTLED, world.auditLog.last().action());
  }

  @Test
  void onceTheWaitIsOver_theRightPasswordWorks_andTheAddressStartsAfresh() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    fiveFailuresFor(EMAIL);
    refused(service, signIn(EMAIL, GOOD_PASSWORD, HOME));

    world.clock.advance(SignInPolicy.DEFAULT.delayAfter(5));
    Actor actor = service.signIn(signIn(EMAIL, GOOD_PASSWORD, HOME)).actor();

    assertEquals(Actor.Kind.PERSON, actor.kind());
    refused(service, signIn(EMAIL, WRONG, HOME));
    service.signIn(signIn(EMAIL, GOOD_PASSWORD, HOME));
  }

  @Test
  void eachFurtherWrongPassword_doublesTheWait_andRefusedAttemptsDoNotExtendIt() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    fiveFailuresFor(EMAIL);
    world.clock.advance(Duration.ofSeconds(2));
    refused(service, signIn(EMAIL, WRONG, HOME)); // the sixth failure: now 4 s

    world.clock.advance(Duration.ofSeconds(3));
    refused(service, signIn(EMAIL, GOOD_PASSWORD, HOME)); // still waiting, not counted
    assertEquals(AuditAction.SIGN_IN_REFUSED_THROTTLED, world.auditLog.last().action());
    world.clock.advance(Duration.ofSeconds(1));

    assertEquals(
        Actor.Kind.PERSON, service.signIn(signIn(EMAIL, GOOD_PASSWORD, HOME)).actor().kind());
  }

  @Test
  void forgottenFailures_costNothing() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    fiveFailuresFor(EMAIL);

    world.clock.advance(SignInPolicy.DEFAULT.forgetAfter());
    for (int i = 0; i < SignInPolicy.DEFAULT.freeFailures() - 1; i++) {
      refused(service, signIn(EMAIL, WRONG, "192.0.2." + i));
    }
    service.signIn(signIn(EMAIL, GOOD_PASSWORD, HOME));
  }

  @Test
  void theAddressIsCountedWhateverItsSpelling() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    for (int i = 0; i < SignInPolicy.DEFAULT.freeFailures(); i++) {
      refused(service, signIn(i % 2 == 0 ? " ADMIN@example.lu" : EMAIL, WRONG, "203.0.113." + i));
    }

    SignInRefusedException e = refused(service, signIn(EMAIL, GOOD_PASSWORD, HOME));
    assertEquals(AuditAction.SIGN_IN_REFUSED_THROTTLED, world.auditLog.last().action());
    assertEquals(Reason.INVALID_CREDENTIALS, e.reason());
  }

  @Test
  void aStrangerFloodingOneAddress_fromOneClient_isStoppedByTheClientLimit() {
    SignInService strict =
        world.signInService(new SignInSettings(8, Duration.ofMinutes(15), SignInPolicy.DEFAULT));
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    for (int i = 0; i < 8; i++) {
      refused(strict, signIn(EMAIL, WRONG, "198.51.100.66"));
    }

    SignInRefusedException e = refused(strict, signIn(EMAIL, WRONG, "198.51.100.66"));

    assertEquals(Reason.TOO_MANY_ATTEMPTS, e.reason());
    world.clock.advance(SignInPolicy.DEFAULT.delayAfter(5));
    strict.signIn(signIn(EMAIL, GOOD_PASSWORD, HOME));
  }

  @Test
  void anOlderHash_isReplacedAtTheNextSuccessfulSignIn_keepingTheSession() {
    Account account = world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    Account stored = world.accounts.byId(account.id()).orElseThrow();
    stored.rehashPassword(world.hasher.oldHash(GOOD_PASSWORD));
    world.accounts.update(stored);
    long version = world.accounts.stored(EMAIL).sessionVersion();

    SignedInPerson person = service.signIn(signIn(EMAIL, GOOD_PASSWORD, HOME));

    Account after = world.accounts.stored(EMAIL);
    assertFalse(world.hasher.needsRehash(after.passwordHash().orElseThrow()));
    assertTrue(world.hasher.matches(GOOD_PASSWORD, after.passwordHash().orElseThrow()));
    assertEquals(version, person.sessionVersion());
    assertEquals(version, after.sessionVersion());
  }

  @Test
  void aCurrentHash_isLeftAlone() {
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    String before = world.accounts.stored(EMAIL).passwordHash().orElseThrow().encoded();
    int hashes = world.hasher.hashes();

    service.signIn(signIn(EMAIL, GOOD_PASSWORD, HOME));

    assertEquals(before, world.accounts.stored(EMAIL).passwordHash().orElseThrow().encoded());
    assertEquals(hashes, world.hasher.hashes());
  }

  @Test
  void anAddressWithTooManyFailures_isRefusedWithoutCheckingThePassword_untilTheOldestLeaves() {
    SignInService strict =
        world.signInService(new SignInSettings(3, Duration.ofMinutes(10), SignInPolicy.DEFAULT));
    world.active(EMAIL, Role.MEMBER, GOOD_PASSWORD);
    for (int i = 0; i < 3; i++) {
      // Guessing across many addresses: no single address is delayed.
      refused(strict, signIn("guess" + i + "@example.lu", WRONG, HOME));
      world.clock.advance(Duration.ofMinutes(1));
    }
    int verifications = world.hasher.verifications();

    SignInRefusedException e = refused(strict, signIn(EMAIL, GOOD_PASSWORD, HOME));

    assertEquals(Reason.TOO_MANY_ATTEMPTS, e.reason());
    assertEquals(Optional.of(Duration.ofMinutes(7)), e.retryAfter());
    assertEquals(verifications, world.hasher.verifications());
    assertEquals(AuditAction.SIGN_IN_REFUSED_THROTTLED, world.auditLog.last().action());
    assertEquals(HOME, world.auditLog.last().sourceAddress());

    strict.signIn(signIn(EMAIL, GOOD_PASSWORD, "192.0.2.77"));

    world.clock.advance(Duration.ofMinutes(6));
    SignInRefusedException stillRefused = refused(strict, signIn(EMAIL, GOOD_PASSWORD, HOME));
    assertEquals(Optional.of(Duration.ofMinutes(1)), stillRefused.retryAfter());

    world.clock.advance(Duration.ofMinutes(1));
    assertEquals(
        Actor.Kind.PERSON, strict.signIn(signIn(EMAIL, GOOD_PASSWORD, HOME)).actor().kind());
  }

  @Test
  void throttledAttempts_doNotExtendTheAddressWait() {
    SignInService strict =
        world.signInService(new SignInSettings(2, Duration.ofMinutes(10), SignInPolicy.DEFAULT));
    refused(strict, signIn("a@example.lu", WRONG, HOME));
    refused(strict, signIn("b@example.lu", WRONG, HOME));
    for (int i = 0; i < 5; i++) {
      world.clock.advance(Duration.ofMinutes(1));
      refused(strict, signIn("c@example.lu", WRONG, HOME));
    }

    world.clock.advance(Duration.ofMinutes(5));
    SignInRefusedException e = refused(strict, signIn("d@example.lu", WRONG, HOME));
    assertEquals(Reason.INVALID_CREDENTIALS, e.reason());
  }

  @Test
  void lineBreaksInTheTypedAddress_cannotForgeAnAuditLine() {
    refused(service, signIn("eve@example.lu\nsign-in.succeeded admin", WRONG, "10.0.0.1\r\n"));

    AuditEvent event = world.auditLog.last();
    assertEquals(AuditAction.SIGN_IN_FAILED, event.action());
    assertFalse(event.target().contains("\n"), event.target());
    assertEquals("eve@example.lu\\u000asign-in.succeeded admin", event.target());
    assertEquals("10.0.0.1\\u000d\\u000a", event.sourceAddress());
  }
}
