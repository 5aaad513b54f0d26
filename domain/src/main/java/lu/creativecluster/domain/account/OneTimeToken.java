package lu.creativecluster.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Aggregate: a one-time link sent by mail (invitation or password reset). Only the SHA-256 hash of
 * the secret is kept, so a copy of the database opens no account. It works once, before it expires.
 */
public final class OneTimeToken {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private final UUID id;
  private final AccountId accountId;
  private final TokenPurpose purpose;
  private final String secretHash;
  private final Instant createdAt;
  private final Instant expiresAt;
  private Instant usedAt;

  private OneTimeToken(
      UUID id,
      AccountId accountId,
      TokenPurpose purpose,
      String secretHash,
      Instant createdAt,
      Instant expiresAt,
      Instant usedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    this.usedAt = usedAt;
    if (!SHA256_HEX.matcher(secretHash).matches()) {
      throw new IllegalArgumentException("secretHash is a lower-case hex SHA-256");
    }
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a token expires after it is created");
    }
  }

  public static OneTimeToken issue(
      AccountId accountId, TokenPurpose purpose, String secretHash, Instant at) {
    return new OneTimeToken(
        UUID.randomUUID(), accountId, purpose, secretHash, at, at.plus(purpose.validity()), null);
  }

  public static OneTimeToken reconstitute(
      UUID id,
      AccountId accountId,
      TokenPurpose purpose,
      String secretHash,
      Instant createdAt,
      Instant expiresAt,
      Instant usedAt) {
    return new OneTimeToken(id, accountId, purpose, secretHash, createdAt, expiresAt, usedAt);
  }

  /** Whether the link may still be used at this moment. */
  public boolean isUsableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /**
   * Uses the link up.
   *
   * @throws IllegalStateException if it was used before or has expired
   */
  public void redeem(Instant at) {
    if (!isUsableAt(at)) {
      throw new IllegalStateException("token " + id + " is used or expired");
    }
    usedAt = at;
  }

  public UUID id() {
    return id;
  }

  public AccountId accountId() {
    return accountId;
  }

  public TokenPurpose purpose() {
    return purpose;
  }

  public String secretHash() {
    return secretHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<Instant> usedAt() {
    return Optional.ofNullable(usedAt);
  }
}
