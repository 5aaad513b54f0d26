package lu.creativecluster.application.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import lu.creativecluster.application.port.in.account.InvalidTokenException;
import lu.creativecluster.application.port.in.account.PasswordSet;
import lu.creativecluster.application.port.in.account.SetPasswordCommand;
import lu.creativecluster.application.port.in.account.SetPasswordUseCase;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.account.CommonPasswords;
import lu.creativecluster.application.port.out.account.OneTimeTokens;
import lu.creativecluster.application.port.out.account.PasswordHasher;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.OneTimeToken;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;

/**
 * Use case service: the holder of a one-time link chooses a password. The link is checked first and
 * used up last, so a refused password leaves it working; the ports' optimistic locking lets a link
 * used twice at once work only once. A password once set ends the account's other links, sent or
 * still waiting in the outbox, so an older invitation or reset mail opens nothing afterwards. It
 * also raises the account's session version, which ends every session started before.
 */
@ApplicationScoped
@Transactional
public class SetPasswordService implements SetPasswordUseCase {

  private final Accounts accounts;
  private final OneTimeTokens tokens;
  private final PasswordHasher hasher;
  private final MailOutbox outbox;
  private final CommonPasswords commonPasswords;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected SetPasswordService() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public SetPasswordService(
      Accounts accounts,
      OneTimeTokens tokens,
      PasswordHasher hasher,
      MailOutbox outbox,
      CommonPasswords commonPasswords,
      AuditLog auditLog,
      Clock clock) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.hasher = hasher;
    this.outbox = outbox;
    this.commonPasswords = commonPasswords;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public PasswordSet setPassword(SetPasswordCommand command) {
    Instant now = clock.instant();
    OneTimeToken token =
        tokens
            .bySecretHash(LinkSecrets.hashOf(command.token()))
            .filter(t -> t.isUsableAt(now))
            .orElseThrow(InvalidTokenException::new);
    Account account =
        accounts
            .byId(token.accountId())
            .filter(a -> a.status() != AccountStatus.DISABLED)
            .orElseThrow(InvalidTokenException::new);
    PasswordRules.check(command.newPassword(), commonPasswords);

    account.setPassword(hasher.hash(command.newPassword()));
    token.redeem(now);
    // The token first: a concurrent second use fails there, before the account is touched.
    tokens.update(token);
    accounts.update(account);
    tokens.revokeAllOf(account.id(), now);
    outbox.withdrawLinkMailsOf(account.id());
    auditLog.append(
        AuditEvent.of(
            now,
            Actor.person(account.id().toString(), account.displayName(), account.roles()).getName(),
            AuditAction.PASSWORD_SET,
            account.email().value(),
            command.sourceAddress()));
    return new PasswordSet(account.id(), account.sessionVersion());
  }
}
