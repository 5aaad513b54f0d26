package lu.creativecluster.adapter.persistence.inquiry;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA inquiry adapters on H2, the database a fresh install runs on. */
class JpaInquiryStoreOnH2Test extends AbstractJpaInquiryStoreTest {

  @Override
  protected TestStore startStore() {
    return TestStore.h2("inquiries_contract");
  }
}
