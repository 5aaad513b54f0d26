package lu.creativecluster.application.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lu.creativecluster.application.port.in.account.SignInCommand;
import lu.creativecluster.application.port.in.account.SignInRefusedException;
import lu.creativecluster.application.port.in.account.SignInRefusedException.Reason;
import lu.creativecluster.application.port.in.account.SignInSettings;
import lu.creativecluster.application.port.in.account.SignInUseCase;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.account.PasswordHasher;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.PasswordHash;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.shared.Email;

/**
 * Use case service: a person signs in. Failures count against the client address (in memory, a
 * sliding window) and against the account (stored, it locks); the refusal does not roll back, so
 * the counters and the audit entry are kept. Unknown addresses cost a hash too, so timing reveals
 * nothing.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = SignInRefusedException.class)
public class SignInService implements SignInUseCase {

  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final AuditLog auditLog;
  private final Clock clock;
  private final SignInSettings settings;
  private final AddressFailures addressFailures;
  private volatile PasswordHash decoy;

  /** For CDI's client proxy only. */
  protected SignInService() {
    this.accounts = null;
    this.hasher = null;
    this.auditLog = null;
    this.clock = null;
    this.settings = null;
    this.addressFailures = null;
  }

  @Inject
  public SignInService(
      Accounts accounts,
      PasswordHasher hasher,
      AuditLog auditLog,
      Clock clock,
      SignInSettings settings) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.auditLog = auditLog;
    this.clock = clock;
    this.settings = settings;
    this.addressFailures =
        new AddressFailures(
            settings.addressMaxFailures(),
            settings.addressWindow(),
            AddressFailures.DEFAULT_MAX_ADDRESSES);
  }

  @Override
  public Actor signIn(SignInCommand command) {
    Instant now = clock.instant();
    Optional<Duration> addressWait = addressFailures.retryAfter(command.sourceAddress(), now);
    if (addressWait.isPresent()) {
      throw throttled(command, now, addressWait.get());
    }
    Optional<Account> found = parse(command.email()).flatMap(accounts::byEmail);
    if (found.isEmpty()) {
      hasher.matches(command.password(), decoy());
      throw failed(command, now);
    }
    Account account = found.get();
    if (account.isLockedAt(now)) {
      throw throttled(command, now, Duration.between(now, account.lockedUntil().orElseThrow()));
    }
    if (!passwordMatches(account, command.password()) || account.status() != AccountStatus.ACTIVE) {
      account.signInFailed(now, settings.accountPolicy());
      accounts.update(account);
      throw failed(command, now);
    }
    account.signedIn(now);
    accounts.update(account);
    Actor actor = Actor.person(account.id().toString(), account.displayName(), account.roles());
    audit(now, actor.getName(), AuditAction.SIGN_IN_SUCCEEDED, command);
    return actor;
  }

  /** Always spends one hash verification, even for an account without a password. */
  private boolean passwordMatches(Account account, String password) {
    Optional<PasswordHash> hash = account.passwordHash();
    if (hash.isEmpty()) {
      hasher.matches(password, decoy());
      return false;
    }
    return hasher.matches(password, hash.get());
  }

  private SignInRefusedException failed(SignInCommand command, Instant now) {
    addressFailures.failed(command.sourceAddress(), now);
    audit(now, Actor.visitor().getName(), AuditAction.SIGN_IN_FAILED, command);
    return new SignInRefusedException(Reason.INVALID_CREDENTIALS, null);
  }

  private SignInRefusedException throttled(SignInCommand command, Instant now, Duration wait) {
    audit(now, Actor.visitor().getName(), AuditAction.SIGN_IN_REFUSED_THROTTLED, command);
    return new SignInRefusedException(Reason.TOO_MANY_ATTEMPTS, wait);
  }

  private void audit(Instant now, String actor, String action, SignInCommand command) {
    auditLog.append(AuditEvent.of(now, actor, action, command.email(), command.sourceAddress()));
  }

  /** A real hash in the hasher's own format, so checking against it takes the usual time. */
  private PasswordHash decoy() {
    PasswordHash current = decoy;
    if (current == null) {
      current = hasher.hash(LinkSecrets.newSecret());
      decoy = current;
    }
    return current;
  }

  private static Optional<Email> parse(String typed) {
    try {
      return Optional.of(new Email(typed));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
