package lu.creativecluster.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.shared.Email;

/**
 * Aggregate: a person's sign-in to the platform (member, staff or admin). It guards its life cycle
 * (invited, active, disabled) and its own brute-force lock.
 */
public final class Account {

  private static final int MAX_NAME_LENGTH = 120;

  private final AccountId id;
  private final Email email;
  private final String displayName;
  private final Role role;
  private final Instant createdAt;
  private final long version;
  private AccountStatus status;
  private PasswordHash passwordHash;
  private int failedSignIns;
  private Instant lockedUntil;
  private Instant lastSignInAt;

  private Account(
      AccountId id,
      Email email,
      String displayName,
      Role role,
      AccountStatus status,
      PasswordHash passwordHash,
      int failedSignIns,
      Instant lockedUntil,
      Instant lastSignInAt,
      Instant createdAt,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.email = Objects.requireNonNull(email, "email");
    this.displayName = validName(displayName);
    this.role = Objects.requireNonNull(role, "role");
    this.status = Objects.requireNonNull(status, "status");
    this.passwordHash = passwordHash;
    this.failedSignIns = failedSignIns;
    this.lockedUntil = lockedUntil;
    this.lastSignInAt = lastSignInAt;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.version = version;
    if (status == AccountStatus.ACTIVE && passwordHash == null) {
      throw new IllegalArgumentException("an active account has a password");
    }
    if (failedSignIns < 0) {
      throw new IllegalArgumentException("failedSignIns is never negative");
    }
  }

  /** Staff invite a person; the account waits for its owner to choose a password. */
  public static Account invite(
      AccountId id, Email email, String displayName, Role role, Instant at) {
    return new Account(
        id, email, displayName, role, AccountStatus.INVITED, null, 0, null, null, at, 0);
  }

  /** Rebuilds an account from storage, exactly as it was saved. */
  public static Account reconstitute(
      AccountId id,
      Email email,
      String displayName,
      Role role,
      AccountStatus status,
      PasswordHash passwordHash,
      int failedSignIns,
      Instant lockedUntil,
      Instant lastSignInAt,
      Instant createdAt,
      long version) {
    return new Account(
        id,
        email,
        displayName,
        role,
        status,
        passwordHash,
        failedSignIns,
        lockedUntil,
        lastSignInAt,
        createdAt,
        version);
  }

  /**
   * Sets a new password (first time or reset); this activates an invited account and unlocks it.
   */
  public void setPassword(PasswordHash hash) {
    Objects.requireNonNull(hash, "hash");
    if (status == AccountStatus.DISABLED) {
      throw new IllegalStateException("a disabled account cannot set a password");
    }
    passwordHash = hash;
    status = AccountStatus.ACTIVE;
    failedSignIns = 0;
    lockedUntil = null;
  }

  /** Whether the account may try to sign in now: active and not locked. */
  public boolean canSignInAt(Instant now) {
    return status == AccountStatus.ACTIVE && !isLockedAt(now);
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a wrong password; enough of them lock the account for the policy's duration. */
  public void signInFailed(Instant at, SignInPolicy policy) {
    if (lockedUntil != null && !at.isBefore(lockedUntil)) {
      failedSignIns = 0;
      lockedUntil = null;
    }
    failedSignIns++;
    if (failedSignIns >= policy.maxFailures()) {
      lockedUntil = at.plus(policy.lockDuration());
    }
  }

  public void signedIn(Instant at) {
    if (!canSignInAt(at)) {
      throw new IllegalStateException("account " + id + " cannot sign in now");
    }
    failedSignIns = 0;
    lockedUntil = null;
    lastSignInAt = at;
  }

  public void disable() {
    status = AccountStatus.DISABLED;
  }

  public AccountId id() {
    return id;
  }

  public Email email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  /** Every role the account holds, including those its role grants (an admin is also staff). */
  public Set<Role> roles() {
    return Set.copyOf(role.granted());
  }

  public AccountStatus status() {
    return status;
  }

  public Optional<PasswordHash> passwordHash() {
    return Optional.ofNullable(passwordHash);
  }

  public int failedSignIns() {
    return failedSignIns;
  }

  public Optional<Instant> lockedUntil() {
    return Optional.ofNullable(lockedUntil);
  }

  public Optional<Instant> lastSignInAt() {
    return Optional.ofNullable(lastSignInAt);
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The stored version this state was read at, for optimistic locking. */
  public long version() {
    return version;
  }

  private static String validName(String name) {
    Objects.requireNonNull(name, "displayName");
    String stripped = name.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "a display name has 1 to " + MAX_NAME_LENGTH + " characters");
    }
    if (stripped.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a display name has no control characters");
    }
    return stripped;
  }
}
