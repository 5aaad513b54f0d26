package lu.creativecluster.application.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lu.creativecluster.application.port.in.account.RequestPasswordResetCommand;
import lu.creativecluster.application.port.in.account.RequestPasswordResetUseCase;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.mail.LinkMail;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.shared.Email;

/**
 * Use case service: someone asks for a password-reset link. Only an active account gets a mail, and
 * at most {@value #MAX_MAILS_PER_ACCOUNT} in {@link #MAIL_WINDOW}; every request is audited, and
 * the caller learns nothing about whether the address exists or a mail was sent. The mail waits in
 * the outbox without its link: the delivery issues the link when it sends the mail.
 */
@ApplicationScoped
@Transactional
public class RequestPasswordResetService implements RequestPasswordResetUseCase {

  /**
   * Reset mails one account gets per window, whoever asks and from however many addresses: the
   * per-client form limit alone lets a botnet mail-bomb a person. Three leave room for a lost or
   * late mail; a fourth request in the hour is answered as usual but sends nothing.
   */
  static final int MAX_MAILS_PER_ACCOUNT = 3;

  static final Duration MAIL_WINDOW = Duration.ofHours(1);

  private final Accounts accounts;
  private final MailOutbox outbox;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected RequestPasswordResetService() {
    this(null, null, null, null);
  }

  @Inject
  public RequestPasswordResetService(
      Accounts accounts, MailOutbox outbox, AuditLog auditLog, Clock clock) {
    this.accounts = accounts;
    this.outbox = outbox;
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
        .filter(account -> mayGetAnotherMail(account, now))
        .ifPresent(account -> queueLink(account, command, now));
  }

  private boolean mayGetAnotherMail(Account account, Instant now) {
    long recent =
        outbox.linkMailsSince(account.id(), TokenPurpose.PASSWORD_RESET, now.minus(MAIL_WINDOW));
    return recent < MAX_MAILS_PER_ACCOUNT;
  }

  private void queueLink(Account account, RequestPasswordResetCommand command, Instant now) {
    outbox.enqueue(
        new LinkMail(
            TokenPurpose.PASSWORD_RESET,
            account.id(),
            account.email(),
            account.displayName(),
            command.language()),
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
