package lu.creativecluster.adapter.persistence.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.Length;

/**
 * Persistence adapter: a mail waiting for the mail server, a row of {@code mail_outbox}. A mail
 * written in full ({@value #MESSAGE}) has subject and body; a link mail has the account, name and
 * language its text is written from when it is sent, and never a body. Delivered, a mail forgets
 * its body.
 */
@Entity
@Table(name = "mail_outbox")
class MailOutboxJpaEntity {

  static final int MAX_ERROR = 500;
  static final String MESSAGE = "message";

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "kind", length = 16, nullable = false, updatable = false)
  private String kind;

  @Column(name = "recipient", length = 254, nullable = false, updatable = false)
  private String recipient;

  @Column(name = "subject", length = 1000, updatable = false)
  private String subject;

  // The longest text type: clob on H2, text on PostgreSQL, as the schema has it. Not @Lob, which
  // Hibernate would store in PostgreSQL's large-object table instead.
  @Column(name = "body", length = Length.LONG32)
  private String body;

  @Column(name = "account_id", updatable = false)
  private UUID accountId;

  @Column(name = "language", length = 8, updatable = false)
  private String language;

  @Column(name = "display_name", length = 120, updatable = false)
  private String displayName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MailOutboxJpaEntity() {}

  /** A mail written in full. */
  static MailOutboxJpaEntity message(
      UUID id, String recipient, String subject, String body, Instant createdAt) {
    MailOutboxJpaEntity entity = new MailOutboxJpaEntity(id, MESSAGE, recipient, createdAt);
    entity.subject = subject;
    entity.body = body;
    return entity;
  }

  /** A mail whose text and one-time link are made when it is sent. */
  static MailOutboxJpaEntity linkMail(
      UUID id,
      String kind,
      String recipient,
      UUID accountId,
      String displayName,
      String language,
      Instant createdAt) {
    MailOutboxJpaEntity entity = new MailOutboxJpaEntity(id, kind, recipient, createdAt);
    entity.accountId = accountId;
    entity.displayName = displayName;
    entity.language = language;
    return entity;
  }

  private MailOutboxJpaEntity(UUID id, String kind, String recipient, Instant createdAt) {
    this.id = id;
    this.kind = kind;
    this.recipient = recipient;
    this.createdAt = createdAt;
    this.attempts = 0;
    this.nextAttemptAt = createdAt;
  }

  /** Once the server has it, the text is of no more use here, and may have held a secret. */
  void delivered(Instant at) {
    this.deliveredAt = at;
    this.body = null;
  }

  /** Claimed by a delivery round: due again only when the claimer never reports back. */
  void claimUntil(Instant leaseUntil) {
    this.nextAttemptAt = leaseUntil;
  }

  void attemptFailed(int attempts, Instant nextAttemptAt, String error) {
    this.attempts = attempts;
    this.nextAttemptAt = nextAttemptAt;
    this.lastError = error;
  }

  UUID id() {
    return id;
  }

  String kind() {
    return kind;
  }

  String recipient() {
    return recipient;
  }

  String subject() {
    return subject;
  }

  String body() {
    return body;
  }

  UUID accountId() {
    return accountId;
  }

  String language() {
    return language;
  }

  String displayName() {
    return displayName;
  }

  int attempts() {
    return attempts;
  }

  Instant nextAttemptAt() {
    return nextAttemptAt;
  }
}
