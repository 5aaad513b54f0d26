package lu.creativecluster.adapter.persistence.audit;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.stored;

import lu.creativecluster.domain.audit.AuditEvent;

/** Persistence adapter: turns audit events into rows of {@code audit_event} and back. */
final class AuditEventMapper {

  private AuditEventMapper() {}

  static AuditEventJpaEntity toEntity(AuditEvent event) {
    return new AuditEventJpaEntity(
        event.id(),
        stored(event.at()),
        event.actor(),
        event.action(),
        event.target(),
        event.sourceAddress());
  }

  static AuditEvent toDomain(AuditEventJpaEntity entity) {
    return new AuditEvent(
        entity.id(),
        entity.occurredAt(),
        entity.actor(),
        entity.action(),
        entity.target(),
        entity.sourceAddress());
  }
}
