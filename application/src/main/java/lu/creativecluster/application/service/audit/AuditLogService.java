package lu.creativecluster.application.service.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.audit.AuditLogQuery;
import lu.creativecluster.application.port.in.audit.ReadAuditLogUseCase;
import lu.creativecluster.application.port.in.audit.RecordAuditEventUseCase;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;

/**
 * Use case service: admins (and partners holding {@code audit:read}) read the audit log, and
 * adapters record what no use case sees. A person reading the log leaves a trace in it.
 */
@ApplicationScoped
@Transactional
public class AuditLogService implements ReadAuditLogUseCase, RecordAuditEventUseCase {

  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected AuditLogService() {
    this(null, null);
  }

  @Inject
  public AuditLogService(AuditLog auditLog, Clock clock) {
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public List<AuditEvent> read(AuditLogQuery query) {
    Actor actor = query.actor();
    if (!mayRead(actor)) {
      throw new AccessDeniedException("only admins read the audit log");
    }
    List<AuditEvent> page = auditLog.latest(query.limit(), query.before());
    if (actor.kind() == Actor.Kind.PERSON) {
      auditLog.append(
          AuditEvent.of(clock.instant(), actor.getName(), AuditAction.AUDIT_LOG_READ, "", ""));
    }
    return page;
  }

  @Override
  public void record(Actor actor, String action, String target, String sourceAddress) {
    auditLog.append(AuditEvent.of(clock.instant(), actor.getName(), action, target, sourceAddress));
  }

  private static boolean mayRead(Actor actor) {
    return switch (actor.kind()) {
      case PERSON -> actor.has(Role.ADMIN);
      case PARTNER -> actor.hasScope(SCOPE);
      case VISITOR -> false;
    };
  }
}
