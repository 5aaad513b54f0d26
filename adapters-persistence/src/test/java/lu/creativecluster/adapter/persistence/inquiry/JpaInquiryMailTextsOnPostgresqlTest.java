package lu.creativecluster.adapter.persistence.inquiry;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA mail-text adapter on a real PostgreSQL server started for the tests. */
class JpaInquiryMailTextsOnPostgresqlTest extends AbstractJpaInquiryMailTextsTest {

  @Override
  protected TestStore startStore() {
    return TestStore.postgresql("mail_texts_contract");
  }
}
