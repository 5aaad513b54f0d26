package lu.creativecluster.application.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.account.AccountAlreadyExistsException;
import lu.creativecluster.application.port.in.account.InviteAccountCommand;
import lu.creativecluster.application.port.in.account.InviteAccountUseCase;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.account.DuplicateAccountException;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.mail.LinkMail;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;

/**
 * Use case service: staff invite a person. The account and its invitation mail are saved in one
 * transaction, so an invitation is never half done. The mail waits in the outbox without its link:
 * the delivery issues the link when it sends the mail (see {@link LinkMail}).
 */
@ApplicationScoped
@Transactional
public class InviteAccountService implements InviteAccountUseCase {

  private final Accounts accounts;
  private final MailOutbox outbox;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected InviteAccountService() {
    this(null, null, null, null);
  }

  @Inject
  public InviteAccountService(
      Accounts accounts, MailOutbox outbox, AuditLog auditLog, Clock clock) {
    this.accounts = accounts;
    this.outbox = outbox;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public Account invite(InviteAccountCommand command) {
    requireMayInvite(command.actor(), command.role());
    if (accounts.byEmail(command.email()).isPresent()) {
      throw new AccountAlreadyExistsException();
    }
    Instant now = clock.instant();
    Account account =
        Account.invite(
            AccountId.newId(), command.email(), command.displayName(), command.role(), now);
    try {
      accounts.add(account);
    } catch (DuplicateAccountException e) {
      // Someone invited the same address between our check and the insert.
      throw new AccountAlreadyExistsException();
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
    return account;
  }

  /** Staff invite members; only admins hand out staff or admin rights. */
  private static void requireMayInvite(Actor actor, Role role) {
    if (actor.kind() != Actor.Kind.PERSON) {
      throw new AccessDeniedException("only staff invite people");
    }
    if (actor.has(Role.ADMIN)) {
      return;
    }
    if (role == Role.MEMBER && actor.has(Role.STAFF)) {
      return;
    }
    throw new AccessDeniedException("this actor may not invite a " + role.code());
  }
}
