package lu.creativecluster.adapter.persistence.audit;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA audit log adapter on a real PostgreSQL server started for the tests. */
class JpaAuditLogOnPostgresqlTest extends AbstractJpaAuditLogTest {

  @Override
  protected TestStore startStore() {
    return TestStore.postgresql("audit_log_contract");
  }
}
