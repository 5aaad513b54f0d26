package lu.creativecluster.application.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.account.AccountAlreadyExistsException;
import lu.creativecluster.application.port.in.account.InviteAccountCommand;
import lu.creativecluster.application.port.in.account.InviteAccountUseCase;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.Role;

/**
 * Use case service: staff invite a person. The account and its invitation mail are saved in one
 * transaction, so an invitation is never half done. The mail waits in the outbox without its link:
 * the delivery issues the link when it sends the mail (see {@link LinkMail}).
 */
@ApplicationScoped
@Transactional
public class InviteAccountService implements InviteAccountUseCase {

  private final AccountInvitations invitations;

  /** For CDI's client proxy only. */
  protected InviteAccountService() {
    this(null, null, null, null);
  }

  @Inject
  public InviteAccountService(
      Accounts accounts, MailOutbox outbox, AuditLog auditLog, Clock clock) {
    this.invitations = new AccountInvitations(accounts, outbox, auditLog, clock);
  }

  @Override
  public Account invite(InviteAccountCommand command) {
    requireMayInvite(command.actor(), command.role());
    return invitations.invite(command).orElseThrow(AccountAlreadyExistsException::new);
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
