package lu.creativecluster.adapter.persistence.inquiry;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA inquiry adapters on a real PostgreSQL server started for the tests. */
class JpaInquiryStoreOnPostgresqlTest extends AbstractJpaInquiryStoreTest {

  @Override
  protected TestStore startStore() {
    return TestStore.postgresql("inquiries_contract");
  }
}
