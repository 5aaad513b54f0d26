package lu.creativecluster.application.service.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import lu.creativecluster.application.port.in.account.SignInSettings;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.application.service.audit.InMemoryAuditLog;
import lu.creativecluster.application.service.audit.MutableClock;
import lu.creativecluster.application.service.mail.InMemoryMailOutbox;
import lu.creativecluster.application.service.mail.MailDeliveryService;
import lu.creativecluster.application.service.mail.RecordingMailer;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;

/** Test fixture: the fakes of every port the account services need, and the services on them. */
final class AccountFixture {

  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final String GOOD_PASSWORD = "correct horse battery";
  static final String OTHER_GOOD_PASSWORD = "another long passphrase";

  final MutableClock clock = new MutableClock(START);
  final InMemoryAccounts accounts = new InMemoryAccounts();
  final InMemoryOneTimeTokens tokens = new InMemoryOneTimeTokens();
  final FakePasswordHasher hasher = new FakePasswordHasher();
  final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
  final FakeMailTemplates templates = new FakeMailTemplates();
  final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  final RecordingMailer mailer = new RecordingMailer();
  final FakeCommonPasswords commonPasswords = new FakeCommonPasswords();

  InviteAccountService inviteService() {
    return new InviteAccountService(accounts, outbox, auditLog, clock);
  }

  SetPasswordService setPasswordService() {
    return new SetPasswordService(
        accounts, tokens, hasher, outbox, commonPasswords, auditLog, clock);
  }

  RequestPasswordResetService resetService() {
    return new RequestPasswordResetService(accounts, outbox, auditLog, clock);
  }

  MailDeliveryService deliveryService() {
    return new MailDeliveryService(outbox, mailer, templates, accounts, tokens, clock);
  }

  /** Runs one delivery round, as the timer does: link mails get their links now. */
  int deliverMail() {
    return deliveryService().deliverDue();
  }

  SignInService signInService() {
    return signInService(SignInSettings.DEFAULT);
  }

  SignInService signInService(SignInSettings settings) {
    return new SignInService(accounts, hasher, auditLog, clock, settings);
  }

  ProvisionAccountsService provisionService() {
    return new ProvisionAccountsService(accounts, hasher, commonPasswords, auditLog, clock);
  }

  /** Stores an active account with this password. */
  Account active(String email, Role role, String password) {
    Account account =
        Account.invite(AccountId.newId(), new Email(email), "Name of " + email, role, START);
    account.setPassword(hasher.hash(password));
    accounts.add(account);
    return account;
  }

  /** The secret of the one-time link in the last mail the mail server took. */
  String lastMailedSecret() {
    var mails = mailer.sent();
    if (mails.isEmpty()) {
      throw new AssertionError("no mail delivered");
    }
    return FakeMailTemplates.secretIn(mails.get(mails.size() - 1));
  }

  /** Every mail the mail server took. */
  List<OutgoingMail> sentMails() {
    return mailer.sent();
  }

  static Actor person(Role... roles) {
    return Actor.person(AccountId.newId().toString(), "Someone", Set.of(roles));
  }

  static Actor admin() {
    return person(Role.ADMIN, Role.STAFF);
  }

  static Actor staff() {
    return person(Role.STAFF);
  }

  static Actor member() {
    return person(Role.MEMBER);
  }
}
