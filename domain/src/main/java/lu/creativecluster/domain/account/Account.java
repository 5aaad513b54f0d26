package lu.creativecluster.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.shared.Email;

/**
 * Aggregate: a person's sign-in to the platform (member, staff or admin). It guards its life cycle
 * (invited, active, disabled) and its session version: every change that must end the account's
 * sessions (a new password, disabling, another role) raises it, and a session remembers the version
 * it was started at. (Throttling wrong passwords is not the account's business: it is counted per
 * submitted address, whether an account has it or not, so it reveals nothing.)
 */
public final class Account {

  private static final int MAX_NAME_LENGTH = 120;

  private final AccountId id;
  private final Email email;
  private final String displayName;
  private final Instant createdAt;
  private final long version;
  private Role role;
  private AccountStatus status;
  private PasswordHash passwordHash;
  private long sessionVersion;
  private Instant lastSignInAt;

  private Account(
      AccountId id,
      Email email,
      String displayName,
      Role role,
      AccountStatus status,
      PasswordHash passwordHash,
      long sessionVersion,
      Instant lastSignInAt,
      Instant createdAt,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.email = Objects.requireNonNull(email, "email");
    this.displayName = validName(displayName);
    this.role = Objects.requireNonNull(role, "role");
    this.status = Objects.requireNonNull(status, "status");
    this.passwordHash = passwordHash;
    this.sessionVersion = sessionVersion;
    this.lastSignInAt = lastSignInAt;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.version = version;
    if (status == AccountStatus.ACTIVE && passwordHash == null) {
      throw new IllegalArgumentException("an active account has a password");
    }
    if (sessionVersion < 0) {
      throw new IllegalArgumentException("sessionVersion is never negative");
    }
  }

  /** Staff invite a person; the account waits for its owner to choose a password. */
  public static Account invite(
      AccountId id, Email email, String displayName, Role role, Instant at) {
    return new Account(id, email, displayName, role, AccountStatus.INVITED, null, 0, null, at, 0);
  }

  /** Rebuilds an account from storage, exactly as it was saved. */
  public static Account reconstitute(
      AccountId id,
      Email email,
      String displayName,
      Role role,
      AccountStatus status,
      PasswordHash passwordHash,
      long sessionVersion,
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
        sessionVersion,
        lastSignInAt,
        createdAt,
        version);
  }

  /**
   * Sets a new password (first time or reset); this activates an invited account and ends every
   * session started before.
   */
  public void setPassword(PasswordHash hash) {
    Objects.requireNonNull(hash, "hash");
    if (status == AccountStatus.DISABLED) {
      throw new IllegalStateException("a disabled account cannot set a password");
    }
    passwordHash = hash;
    status = AccountStatus.ACTIVE;
    sessionVersion++;
  }

  /**
   * Stores the same password in a stronger hash (after a successful sign-in, when the hasher's
   * parameters were raised). The password is unchanged, so the sessions stay.
   */
  public void rehashPassword(PasswordHash stronger) {
    Objects.requireNonNull(stronger, "stronger");
    if (passwordHash == null) {
      throw new IllegalStateException("an account without a password has nothing to rehash");
    }
    passwordHash = stronger;
  }

  /** Whether the account may sign in at all: only an active one may. */
  public boolean canSignIn() {
    return status == AccountStatus.ACTIVE;
  }

  public void signedIn(Instant at) {
    if (!canSignIn()) {
      throw new IllegalStateException("account " + id + " cannot sign in");
    }
    lastSignInAt = at;
  }

  /** Staff disable an account: it can no longer sign in, and its sessions end. */
  public void disable() {
    status = AccountStatus.DISABLED;
    sessionVersion++;
  }

  /** The account gets another role; sessions started with the old one end. */
  public void changeRole(Role newRole) {
    Objects.requireNonNull(newRole, "newRole");
    if (newRole == role) {
      return;
    }
    role = newRole;
    sessionVersion++;
  }

  /**
   * Whether a session started at {@code startedAt} (the session version it saw at sign-in) may go
   * on: the account is still active and nothing that ends sessions has happened since.
   */
  public boolean acceptsSessionOf(long startedAt) {
    return status == AccountStatus.ACTIVE && sessionVersion == startedAt;
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

  /** Raised by every change that ends the account's sessions. */
  public long sessionVersion() {
    return sessionVersion;
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
