package lu.creativecluster.adapter.persistence.inquiry;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA mail-text adapter on H2, the database a fresh install runs on. */
class JpaInquiryMailTextsOnH2Test extends AbstractJpaInquiryMailTextsTest {

  @Override
  protected TestStore startStore() {
    return TestStore.h2("mail_texts_contract");
  }
}
