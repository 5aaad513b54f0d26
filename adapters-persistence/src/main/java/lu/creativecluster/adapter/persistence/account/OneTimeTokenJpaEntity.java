package lu.creativecluster.adapter.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Persistence adapter: a one-time link as stored in {@code one_time_token}. The account is kept as
 * its id, not as an association: a token is read on its own, often outside a transaction.
 */
@Entity
@Table(name = "one_time_token")
class OneTimeTokenJpaEntity {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "purpose", length = 32, nullable = false, updatable = false)
  private String purpose;

  // The column is char(64); JPA alone would bind and validate it as varchar.
  @Column(name = "secret_hash", length = 64, nullable = false, unique = true, updatable = false)
  @JdbcTypeCode(SqlTypes.CHAR)
  private String secretHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  // Not in the domain: a token changes once, and this is what makes the second change fail.
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected OneTimeTokenJpaEntity() {}

  OneTimeTokenJpaEntity(
      UUID id,
      UUID accountId,
      String purpose,
      String secretHash,
      Instant createdAt,
      Instant expiresAt,
      Instant usedAt) {
    this.id = id;
    this.accountId = accountId;
    this.purpose = purpose;
    this.secretHash = secretHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.usedAt = usedAt;
  }

  void usedAt(Instant at) {
    this.usedAt = at;
  }

  UUID id() {
    return id;
  }

  UUID accountId() {
    return accountId;
  }

  String purpose() {
    return purpose;
  }

  String secretHash() {
    return secretHash;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  Instant usedAt() {
    return usedAt;
  }
}
