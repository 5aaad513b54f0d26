package lu.creativecluster.application.port.in.audit;

import java.util.List;
import lu.creativecluster.domain.audit.AuditEvent;

/** Use case: an admin (or a partner with scope {@code audit:read}) reads the audit log. */
public interface ReadAuditLogUseCase {

  /** The scope a partner token needs. */
  String SCOPE = "audit:read";

  /**
   * @return newest first
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless admin
   */
  List<AuditEvent> read(AuditLogQuery query);
}
