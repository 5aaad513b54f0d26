package lu.creativecluster.application.service.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import lu.creativecluster.application.port.in.account.InviteAccountCommand;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.account.DuplicateAccountException;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.mail.LinkMail;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;

/**
 * How a person is invited to an account, whoever asks for it: the account, its invitation mail in
 * the outbox (the delivery issues the link when it sends, see {@link LinkMail}) and the audit
 * entry, all in the caller's transaction. Callers decide what a taken address means: staff are
 * told, an applicant is not.
 */
public final class AccountInvitations {

  private final Accounts accounts;
  private final MailOutbox outbox;
  private final AuditLog auditLog;
  private final Clock clock;

  public AccountInvitations(Accounts accounts, MailOutbox outbox, AuditLog auditLog, Clock clock) {
    this.accounts = accounts;
    this.outbox = outbox;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** The invited account, or empty when the address already has one. Checks no permission. */
  public Optional<Account> invite(InviteAccountCommand command) {
    if (accounts.byEmail(command.email()).isPresent()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Account account =
        Account.invite(
            AccountId.newId(), command.email(), command.displayName(), command.role(), now);
    try {
      accounts.add(account);
    } catch (DuplicateAccountException e) {
      // The same address was invited between our check and the insert: one account is enough.
      return Optional.empty();
    }
    outbox.enqueue(
        new LinkMail(
            TokenPurpose.INVITATION,
            account.id(),
            account.email(),
            account.displayName(),
            command.language()),
        now);
    auditLog.append(
        AuditEvent.of(
            now,
            command.actor().getName(),
            AuditAction.ACCOUNT_INVITED,
            account.email().value(),
            command.sourceAddress()));
    return Optional.of(account);
  }
}
