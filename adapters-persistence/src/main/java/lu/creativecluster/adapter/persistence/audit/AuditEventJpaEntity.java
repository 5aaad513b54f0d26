package lu.creativecluster.adapter.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * Persistence adapter: an entry of the audit log as stored in {@code audit_event}. Immutable: the
 * log is append-only, so Hibernate never writes an entry twice and keeps no version for it.
 */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEventJpaEntity {

  @Id
  @Column(name = "id", nullable = false)
  private UUID id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", length = 210, nullable = false)
  private String actor;

  @Column(name = "action", length = 210, nullable = false)
  private String action;

  @Column(name = "target", length = 210, nullable = false)
  private String target;

  @Column(name = "source_address", length = 210, nullable = false)
  private String sourceAddress;

  protected AuditEventJpaEntity() {}

  AuditEventJpaEntity(
      UUID id,
      Instant occurredAt,
      String actor,
      String action,
      String target,
      String sourceAddress) {
    this.id = id;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.target = target;
    this.sourceAddress = sourceAddress;
  }

  UUID id() {
    return id;
  }

  Instant occurredAt() {
    return occurredAt;
  }

  String actor() {
    return actor;
  }

  String action() {
    return action;
  }

  String target() {
    return target;
  }

  String sourceAddress() {
    return sourceAddress;
  }
}
