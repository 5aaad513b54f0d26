package lu.creativecluster.application.service.audit;

import java.util.function.Supplier;
import lu.creativecluster.application.port.out.audit.AbstractAuditLogContractTest;
import lu.creativecluster.application.port.out.audit.AuditLog;

/** The services' fake keeps the same contract as the database adapters, so it cannot drift. */
class InMemoryAuditLogContractTest extends AbstractAuditLogContractTest {

  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();

  @Override
  protected AuditLog auditLog() {
    return auditLog;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }
}
