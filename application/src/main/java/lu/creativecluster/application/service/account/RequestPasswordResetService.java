package lu.creativecluster.application.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import lu.creativecluster.application.port.in.account.RequestPasswordResetCommand;
import lu.creativecluster.application.port.in.account.RequestPasswordResetUseCase;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.account.OneTimeTokens;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.mail.MailTemplates;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.OneTimeToken;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.shared.Email;

/**
 * Use case service: someone asks for a password-reset link. Only an active account gets a mail;
 * every request is audited, and the caller learns nothing about whether the address exists.
 */
@ApplicationScoped
@Transactional
public class RequestPasswordResetService implements RequestPasswordResetUseCase {

  private final Accounts accounts;
  private final OneTimeTokens tokens;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected RequestPasswordResetService() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public RequestPasswordResetService(
      Accounts accounts,
      OneTimeTokens tokens,
      MailOutbox outbox,
      MailTemplates templates,
      AuditLog auditLog,
      Clock clock) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.outbox = outbox;
    this.templates = templates;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public void requestReset(RequestPasswordResetCommand command) {
    Instant now = clock.instant();
    auditLog.append(
        AuditEvent.of(
            now,
            Actor.visitor().getName(),
            AuditAction.PASSWORD_RESET_REQUESTED,
            command.email(),
            command.sourceAddress()));
    parse(command.email())
        .flatMap(accounts::byEmail)
        .filter(account -> account.status() == AccountStatus.ACTIVE)
        .ifPresent(account -> sendLink(account, command, now));
  }

  private void sendLink(Account account, RequestPasswordResetCommand command, Instant now) {
    String secret = LinkSecrets.newSecret();
    tokens.add(
        OneTimeToken.issue(
            account.id(), TokenPurpose.PASSWORD_RESET, LinkSecrets.hashOf(secret), now));
    outbox.enqueue(
        templates.passwordReset(account.email(), account.displayName(), secret, command.language()),
        now);
  }

  private static Optional<Email> parse(String typed) {
    try {
      return Optional.of(new Email(typed));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
