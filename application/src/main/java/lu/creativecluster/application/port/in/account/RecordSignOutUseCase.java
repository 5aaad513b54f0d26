package lu.creativecluster.application.port.in.account;

import lu.creativecluster.domain.access.Actor;

/** Use case: a person signed out; the audit log keeps it. */
public interface RecordSignOutUseCase {

  void signedOut(Actor actor, String sourceAddress);
}
