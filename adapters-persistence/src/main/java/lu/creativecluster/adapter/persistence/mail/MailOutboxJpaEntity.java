package lu.creativecluster.adapter.persistence.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.Length;

/** Persistence adapter: a mail waiting for the mail server, a row of {@code mail_outbox}. */
@Entity
@Table(name = "mail_outbox")
class MailOutboxJpaEntity {

  static final int MAX_ERROR = 500;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "recipient", length = 254, nullable = false, updatable = false)
  private String recipient;

  @Column(name = "subject", length = 1000, nullable = false, updatable = false)
  private String subject;

  // The longest text type: clob on H2, text on PostgreSQL, as the schema has it. Not @Lob, which
  // Hibernate would store in PostgreSQL's large-object table instead.
  @Column(name = "body", length = Length.LONG32, nullable = false, updatable = false)
  private String body;

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

  MailOutboxJpaEntity(UUID id, String recipient, String subject, String body, Instant createdAt) {
    this.id = id;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
    this.attempts = 0;
    this.nextAttemptAt = createdAt;
  }

  void delivered(Instant at) {
    this.deliveredAt = at;
  }

  void attemptFailed(int attempts, Instant nextAttemptAt, String error) {
    this.attempts = attempts;
    this.nextAttemptAt = nextAttemptAt;
    this.lastError = error;
  }

  UUID id() {
    return id;
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

  int attempts() {
    return attempts;
  }

  Instant nextAttemptAt() {
    return nextAttemptAt;
  }
}
