package lu.creativecluster.application.port.out.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.domain.audit.AuditEvent;

/** Outbound port: the append-only audit log. */
public interface AuditLog {

  void append(AuditEvent event);

  /** Newest first, at most {@code limit}, only older than {@code before} if given. */
  List<AuditEvent> latest(int limit, Optional<Instant> before);
}
