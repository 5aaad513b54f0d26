package lu.creativecluster.adapter.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Persistence adapter: an account as stored in the {@code account} table; the schema is
 * Liquibase's, this class only maps it.
 */
@Entity
@Table(name = "account")
class AccountJpaEntity {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "email", length = 254, nullable = false, unique = true)
  private String email;

  @Column(name = "display_name", length = 120, nullable = false)
  private String displayName;

  @Column(name = "role", length = 16, nullable = false)
  private String role;

  @Column(name = "status", length = 16, nullable = false)
  private String status;

  @Column(name = "password_hash", length = 512)
  private String passwordHash;

  @Column(name = "session_version", nullable = false)
  private long sessionVersion;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AccountJpaEntity() {}

  AccountJpaEntity(UUID id, Instant createdAt) {
    this.id = id;
    this.createdAt = createdAt;
  }

  /** Takes over everything an account may change after it was created. */
  void overwrite(
      String email,
      String displayName,
      String role,
      String status,
      String passwordHash,
      long sessionVersion,
      Instant lastSignInAt) {
    this.email = email;
    this.displayName = displayName;
    this.role = role;
    this.status = status;
    this.passwordHash = passwordHash;
    this.sessionVersion = sessionVersion;
    this.lastSignInAt = lastSignInAt;
  }

  UUID id() {
    return id;
  }

  String email() {
    return email;
  }

  String displayName() {
    return displayName;
  }

  String role() {
    return role;
  }

  String status() {
    return status;
  }

  String passwordHash() {
    return passwordHash;
  }

  long sessionVersion() {
    return sessionVersion;
  }

  Instant lastSignInAt() {
    return lastSignInAt;
  }

  Instant createdAt() {
    return createdAt;
  }

  long version() {
    return version;
  }
}
