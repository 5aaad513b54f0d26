package lu.creativecluster.adapter.persistence.audit;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA audit log adapter on H2, the database a fresh install runs on. */
class JpaAuditLogOnH2Test extends AbstractJpaAuditLogTest {

  @Override
  protected TestStore startStore() {
    return TestStore.h2("audit_log_contract");
  }
}
