package lu.creativecluster.application.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import lu.creativecluster.application.port.in.account.RecordSignOutUseCase;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;

/** Use case service: keeps a person's sign-out in the audit log. */
@ApplicationScoped
@Transactional
public class RecordSignOutService implements RecordSignOutUseCase {

  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected RecordSignOutService() {
    this(null, null);
  }

  @Inject
  public RecordSignOutService(AuditLog auditLog, Clock clock) {
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public void signedOut(Actor actor, String sourceAddress) {
    if (actor.kind() != Actor.Kind.PERSON) {
      return; // only people hold a session to leave
    }
    auditLog.append(
        AuditEvent.of(
            clock.instant(), actor.getName(), AuditAction.SIGNED_OUT, actor.id(), sourceAddress));
  }
}
