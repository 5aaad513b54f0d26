package lu.creativecluster.adapter.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.StoredInstants;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.domain.audit.AuditEvent;

/**
 * Persistence adapter: the audit log, appended to through JPA. An entry joins the caller's
 * transaction (it is kept only if what it records is), and gets one of its own when the caller has
 * none, as an authentication filter may not.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  // The id breaks ties, so entries of the same microsecond keep one order from page to page.
  private static final String ORDER = " order by e.occurredAt desc, e.id desc";

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaAuditLog() {
    this.entityManager = null;
  }

  @Inject
  JpaAuditLog(ClusterStore store) {
    this(store::entityManager);
  }

  JpaAuditLog(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void append(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    entityManager.get().persist(AuditEventMapper.toEntity(event));
  }

  @Override
  public List<AuditEvent> latest(int limit, Optional<Instant> before) {
    Objects.requireNonNull(before, "before");
    if (limit < 0) {
      throw new IllegalArgumentException("limit is never negative");
    }
    if (limit == 0) {
      return List.of();
    }
    String olderThan = before.isPresent() ? " where e.occurredAt < :before" : "";
    TypedQuery<AuditEventJpaEntity> query =
        entityManager
            .get()
            .createQuery(
                "select e from AuditEventJpaEntity e" + olderThan + ORDER,
                AuditEventJpaEntity.class);
    before.ifPresent(b -> query.setParameter("before", StoredInstants.storedCeiling(b)));
    return query.setMaxResults(limit).getResultList().stream()
        .map(AuditEventMapper::toDomain)
        .toList();
  }
}
