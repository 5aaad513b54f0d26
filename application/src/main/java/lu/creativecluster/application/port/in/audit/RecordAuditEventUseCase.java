package lu.creativecluster.application.port.in.audit;

import lu.creativecluster.domain.access.Actor;

/**
 * Use case: an adapter records an action that no use case sees itself (a partner call that changes
 * data, a refused request).
 */
public interface RecordAuditEventUseCase {

  void record(Actor actor, String action, String target, String sourceAddress);
}
