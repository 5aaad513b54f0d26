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
import lu.creativecluster.application.port.in.account.SignedInPerson;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.account.PasswordHasher;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.PasswordHash;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.shared.Email;

/**
 * Use case service: a person signs in. Failures count against the client address (in memory, a
 * sliding window; over it the client is told to wait) and against the submitted e-mail address (in
 * memory, whether an account has it or not; each further attempt must wait longer, and while it
 * waits it is refused exactly like a wrong password: same answer, same hash computed, so neither
 * the answer nor its timing tells whether the address has an account). There is no lock: once the
 * wait is over the right password works. A hash made with older parameters is replaced at the next
 * successful sign-in. The refusal does not roll back, so the audit entry is kept.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = SignInRefusedException.class)
public class SignInService implements SignInUseCase {

  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final AuditLog auditLog;
  private final Clock clock;
  private final AddressFailures addressFailures;
  private final SubmittedAddressFailures submittedFailures;
  private volatile PasswordHash decoy;

  /** For CDI's client proxy only. */
  protected SignInService() {
    this.accounts = null;
    this.hasher = null;
    this.auditLog = null;
    this.clock = null;
    this.addressFailures = null;
    this.submittedFailures = null;
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
    this.addressFailures =
        new AddressFailures(
            settings.addressMaxFailures(),
            settings.addressWindow(),
            AddressFailures.DEFAULT_MAX_ADDRESSES);
    this.submittedFailures =
        new SubmittedAddressFailures(
            settings.accountPolicy(), SubmittedAddressFailures.DEFAULT_MAX_ADDRESSES);
  }

  @Override
  public SignedInPerson signIn(SignInCommand command) {
    Instant now = clock.instant();
    Optional<Duration> addressWait = addressFailures.retryAfter(command.sourceAddress(), now);
    if (addressWait.isPresent()) {
      audit(now, Actor.visitor().getName(), AuditAction.SIGN_IN_REFUSED_THROTTLED, command);
      throw new SignInRefusedException(Reason.TOO_MANY_ATTEMPTS, addressWait.get());
    }
    String key = SubmittedAddressFailures.keyOf(command.email());
    if (!submittedFailures.admit(key, now)) {
      // Looks and costs exactly like a wrong password, known address or not.
      hasher.matches(command.password(), decoy());
      throw refused(command, now, AuditAction.SIGN_IN_REFUSED_THROTTLED);
    }
    Optional<Account> found = parse(command.email()).flatMap(accounts::byEmail);
    if (found.isEmpty()) {
      hasher.matches(command.password(), decoy());
      throw refused(command, now, AuditAction.SIGN_IN_FAILED);
    }
    Account account = found.get();
    if (!passwordMatches(account, command.password()) || !account.canSignIn()) {
      throw refused(command, now, AuditAction.SIGN_IN_FAILED);
    }
    submittedFailures.succeeded(key);
    account.signedIn(now);
    PasswordHash stored = account.passwordHash().orElseThrow();
    if (hasher.needsRehash(stored)) {
      account.rehashPassword(hasher.hash(command.password()));
    }
    accounts.update(account);
    Actor actor = Actor.person(account.id().toString(), account.displayName(), account.roles());
    audit(now, actor.getName(), AuditAction.SIGN_IN_SUCCEEDED, command);
    return new SignedInPerson(actor, account.sessionVersion());
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

  /** A refusal the person sees as "invalid e-mail or password"; it counts against the client. */
  private SignInRefusedException refused(SignInCommand command, Instant now, String action) {
    addressFailures.failed(command.sourceAddress(), now);
    audit(now, Actor.visitor().getName(), action, command);
    return new SignInRefusedException(Reason.INVALID_CREDENTIALS, null);
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
